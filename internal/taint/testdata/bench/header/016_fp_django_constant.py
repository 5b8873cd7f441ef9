# header (CWE-113) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_header(request, lang):
    arg = "en-US"
    response = HttpResponse("ok")
    response["Content-Language"] = arg
    return response
