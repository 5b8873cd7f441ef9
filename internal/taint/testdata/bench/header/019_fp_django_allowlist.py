# header (CWE-113) FALSE-POSITIVE TRAP: allow-list membership test before use [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

ALLOWED = {"en-US", "de-DE", "fr-FR"}


@require_http_methods(["GET", "POST"])
def handle_header(request):
    lang = request.POST.get("lang", "")
    if lang in ALLOWED:
        arg = lang
    else:
        arg = "en-US"
    response = HttpResponse("ok")
    response["Content-Language"] = arg
    return response
