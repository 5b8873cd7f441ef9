# trust-boundary (CWE-501) TRUE POSITIVE: request data flows straight into the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_trust_boundary(request):
    role = request.POST.get("role", "")
    arg = role
    request.session["role"] = arg  # want "CWE-501"
    return HttpResponse("ok")
