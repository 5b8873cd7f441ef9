# log (CWE-117) TRUE POSITIVE: lazy %s arguments do not neutralise CR/LF in the logged e-mail address [django].
import logging
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def password_reset(request):
    email = request.POST.get("email", "")
    logger.info("password reset requested for %s", email)  # want "CWE-117"
    return JsonResponse({"sent": True})
