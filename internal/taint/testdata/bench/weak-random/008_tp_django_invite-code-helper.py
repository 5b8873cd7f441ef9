# weak-random (CWE-330) TRUE POSITIVE: a helper returns random.choices output used as an invitation secret [django].
import random
import string
from django.http import JsonResponse

def make_code(length):
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=length))  # want "CWE-330"

def create_invite(request):
    invite_secret = make_code(16)
    request.session["invite_secret"] = invite_secret
    return JsonResponse({"invite": invite_secret})
