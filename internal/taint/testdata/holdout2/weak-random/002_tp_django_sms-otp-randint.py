# weak-random (CWE-330) TRUE POSITIVE: a six-digit SMS login code is generated with random.randint in a helper and cached [django].
import random

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from accounts.sms import send_sms


def new_login_code() -> str:
    return f"{random.randint(0, 999_999):06d}"  # want "CWE-330"


@login_required
@require_POST
def request_code(request):
    code = new_login_code()
    cache.set(f"login-code:{request.user.pk}", code, timeout=300)
    send_sms(request.user.profile.phone, f"Your login code is {code}")
    return JsonResponse({"sent": True})
