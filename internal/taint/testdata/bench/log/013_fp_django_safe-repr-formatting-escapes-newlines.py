# log (CWE-117) FALSE-POSITIVE TRAP: repr formatting escapes newlines [django].
import logging
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
def handle_log(request):
    username = request.POST.get("username", "")
    logger.warning("login failed for %r", username)
    return HttpResponse("ok")
