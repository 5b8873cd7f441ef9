# header (CWE-113) TRUE POSITIVE: a list index read that holds the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_header(request):
    lang = request.POST.get("lang", "")
    items = ["en-US", lang, "en-US"]
    arg = items[1]
    response = HttpResponse("ok")
    response["Content-Language"] = arg  # want "CWE-113"
    return response
