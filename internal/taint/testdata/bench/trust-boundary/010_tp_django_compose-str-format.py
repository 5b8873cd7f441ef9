# trust-boundary (CWE-501) TRUE POSITIVE: taint through str.format [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_trust_boundary(request, role):
    session_value = '{}'.format(role)
    request.session["role"] = session_value  # want "CWE-501"
    return HttpResponse("ok")
