# header (CWE-113) TRUE POSITIVE: taint through str.format [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_header(request, lang):
    header_value = '{}'.format(lang)
    response = HttpResponse("ok")
    response["Content-Language"] = header_value  # want "CWE-113"
    return response
