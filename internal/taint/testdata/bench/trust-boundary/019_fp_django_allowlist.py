# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: allow-list membership test before use [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

ALLOWED = {"viewer", "editor"}


@require_http_methods(["GET", "POST"])
def handle_trust_boundary(request):
    role = request.POST.get("role", "")
    if role in ALLOWED:
        arg = role
    else:
        arg = "viewer"
    request.session["role"] = arg
    return HttpResponse("ok")
