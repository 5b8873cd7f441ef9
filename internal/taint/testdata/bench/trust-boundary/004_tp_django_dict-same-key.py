# trust-boundary (CWE-501) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_trust_boundary(request, role):
    store = {}
    store["keyA"] = role
    store["keyB"] = "viewer"
    arg = store["keyA"]
    request.session["role"] = arg  # want "CWE-501"
    return HttpResponse("ok")
