# log (CWE-117) TRUE POSITIVE: a list index read that holds the request value [django].
import logging
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger("auth")


@require_http_methods(["GET", "POST"])
def handle_log(request):
    username = request.POST.get("username", "")
    items = ["guest", username, "guest"]
    arg = items[1]
    message = "login failed for " + arg
    logger.error("auth: " + message)  # want "CWE-117"
    return HttpResponse("ok")
