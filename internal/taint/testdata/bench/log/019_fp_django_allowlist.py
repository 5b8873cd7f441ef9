# log (CWE-117) FALSE-POSITIVE TRAP: allow-list membership test before use [django].
import logging
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger(__name__)
ALLOWED = {"guest", "admin"}


@require_http_methods(["GET", "POST"])
def handle_log(request):
    username = request.POST.get("username", "")
    if username in ALLOWED:
        arg = username
    else:
        arg = "guest"
    message = "login failed for " + arg
    logger.warning(message)
    return HttpResponse("ok")
