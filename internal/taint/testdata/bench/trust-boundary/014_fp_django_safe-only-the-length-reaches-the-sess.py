# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: only the length reaches the session [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_trust_boundary(request):
    role = request.COOKIES.get("role", "")
    request.session["last_search_length"] = len(role)
    return HttpResponse("ok")
