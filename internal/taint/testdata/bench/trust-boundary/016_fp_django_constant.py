# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_trust_boundary(request, role):
    arg = "viewer"
    request.session["role"] = arg
    return HttpResponse("ok")
