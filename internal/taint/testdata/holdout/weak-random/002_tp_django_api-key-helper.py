# weak-random (CWE-330) TRUE POSITIVE: an API-key generator helper draws its characters with random.choices [django].
import random
import string

from django.http import JsonResponse

KEY_CHARS = string.ascii_letters + string.digits


def generate_api_key(length=40):
    return "".join(random.choices(KEY_CHARS, k=length))  # want "CWE-330"


def create_key(request):
    key = generate_api_key()
    request.user.profile.api_key = key
    request.user.profile.save()
    return JsonResponse({"api_key": key})
