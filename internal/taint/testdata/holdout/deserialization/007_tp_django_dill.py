# deserialization (CWE-502) TRUE POSITIVE: a POSTed callback is shipped as base64 and restored with dill [django].
import base64

import dill
from django.http import JsonResponse


def schedule(request):
    encoded = request.POST["callback"]
    func = dill.loads(base64.b64decode(encoded))  # want "CWE-502"
    return JsonResponse({"scheduled": getattr(func, "__name__", "?")})
