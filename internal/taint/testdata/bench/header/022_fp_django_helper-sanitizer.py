# header (CWE-113) FALSE-POSITIVE TRAP: a helper in the same file sanitises the value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


def clean(value):
    return value.replace("\r", "").replace("\n", "")


@require_http_methods(["GET", "POST"])
def handle_header(request, lang):
    arg = clean(lang)
    response = HttpResponse("ok")
    response["Content-Language"] = arg
    return response
