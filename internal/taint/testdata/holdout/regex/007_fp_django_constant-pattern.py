# regex (CWE-730) FALSE-POSITIVE TRAP: the pattern is a constant; the request value is only the subject string [django].
import re
from django.http import JsonResponse

PHONE = re.compile(r"\+?[0-9][0-9 ()-]{6,18}[0-9]")


def validate_phone(request):
    phone = request.GET.get("phone", "")
    ok = PHONE.fullmatch(phone) is not None
    return JsonResponse({"valid": ok, "digits": len(re.sub(r"\D", "", phone))})
