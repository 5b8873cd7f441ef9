# log (CWE-117) TRUE POSITIVE: coupon codes that fail an isalnum() check (including CR/LF) are logged verbatim as a %s argument [django].
import logging

from django.http import JsonResponse
from django.views import View

logger = logging.getLogger(__name__)
VALID = {"SPRING25", "WELCOME10"}


class CouponView(View):
    def post(self, request):
        code = request.POST.get("code", "")
        if not code.isalnum():
            logger.info("rejected coupon attempt: %s", code)  # want "CWE-117"
            return JsonResponse({"valid": False})
        return JsonResponse({"valid": code.upper() in VALID})
