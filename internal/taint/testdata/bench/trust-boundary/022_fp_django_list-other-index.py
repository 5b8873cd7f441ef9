# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_trust_boundary(request, role):
    items = ["viewer", role]
    arg = items[0]
    request.session["role"] = arg
    return HttpResponse("ok")
