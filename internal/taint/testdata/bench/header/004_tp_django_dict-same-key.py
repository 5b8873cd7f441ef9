# header (CWE-113) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_header(request, lang):
    store = {}
    store["keyA"] = lang
    store["keyB"] = "en-US"
    arg = store["keyA"]
    response = HttpResponse("ok")
    response["Content-Language"] = arg  # want "CWE-113"
    return response
