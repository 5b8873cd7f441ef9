# trust-boundary (CWE-501) TRUE POSITIVE: a list index read that holds the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_trust_boundary(request):
    role = request.POST.get("role", "")
    items = ["viewer", role, "viewer"]
    arg = items[1]
    request.session["role"] = arg  # want "CWE-501"
    return HttpResponse("ok")
