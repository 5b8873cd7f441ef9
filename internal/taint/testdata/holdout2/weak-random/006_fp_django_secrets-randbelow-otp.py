# weak-random (CWE-330) FALSE-POSITIVE TRAP: the e-mail verification code uses secrets.randbelow; random.Random(seed) only picks an A/B bucket [django].
import random
import secrets

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import JsonResponse

from accounts.mail import send_code_mail

VARIANTS = ["control", "short-copy", "long-copy"]


@login_required
def start_verification(request):
    code = f"{secrets.randbelow(1_000_000):06d}"
    cache.set(f"verify:{request.user.pk}", code, timeout=600)
    variant = random.Random(request.user.pk).choice(VARIANTS)
    send_code_mail(request.user.email, code, template=variant)
    return JsonResponse({"sent": True, "variant": variant})
