# weak-hash (CWE-328) FALSE-POSITIVE TRAP: PBKDF2 for a password [django].
import hashlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_weak_hash(request):
    password = request.POST.get("password", "")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), b"per-user-salt", 600_000)
    return HttpResponse("ok")
