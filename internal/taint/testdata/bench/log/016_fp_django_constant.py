# log (CWE-117) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
import logging
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger("auth")


@require_http_methods(["GET", "POST"])
def handle_log(request, username):
    arg = "guest"
    message = "login failed for " + arg
    logger.error("auth: " + message)
    return HttpResponse("ok")
