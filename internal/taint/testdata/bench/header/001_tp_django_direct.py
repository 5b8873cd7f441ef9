# header (CWE-113) TRUE POSITIVE: request data flows straight into the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_header(request):
    lang = request.POST.get("lang", "")
    arg = lang
    response = HttpResponse("ok")
    response["Content-Language"] = arg  # want "CWE-113"
    return response
