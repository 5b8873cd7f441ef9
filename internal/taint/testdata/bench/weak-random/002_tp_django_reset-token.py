# weak-random (CWE-330) TRUE POSITIVE: random.getrandbits makes a password-reset token [django].
import random
from django.core.mail import send_mail
from django.http import HttpResponse

def request_password_reset(request):
    email = request.POST.get("email", "")
    reset_token = "%032x" % random.getrandbits(128)  # want "CWE-330"
    request.session["reset_token"] = reset_token
    send_mail("Reset your password", "Your code: " + reset_token, "noreply@example.com", [email])
    return HttpResponse("check your inbox")
