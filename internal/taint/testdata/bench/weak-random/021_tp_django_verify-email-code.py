# weak-random (CWE-330) TRUE POSITIVE: the e-mail verification code of a sign-up comes from random.choices [django].
import random
import string

from django.core.mail import send_mail
from django.http import JsonResponse

CODES = {}


def send_verification(request):
    address = request.POST["email"]
    code = "".join(random.choices(string.digits, k=6))  # want "CWE-330"
    CODES[address] = code
    send_mail("Your code", code, "noreply@example.com", [address])
    return JsonResponse({"sent": True})
