# log (CWE-117) TRUE POSITIVE: taint through str.format [django].
import logging
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

logger = logging.getLogger(__name__)


@require_http_methods(["GET", "POST"])
def handle_log(request, username):
    message = 'login failed for {}'.format(username)
    logger.warning(message)  # want "CWE-117"
    return HttpResponse("ok")
