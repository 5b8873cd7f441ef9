# log (CWE-117) FALSE-POSITIVE TRAP: %r logs the repr of the address, in which CR/LF appear escaped as \r and \n [django].
import logging
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def password_reset(request):
    email = request.POST.get("email", "")
    logger.info("password reset requested for %r", email)
    return JsonResponse({"sent": True})
