# header (CWE-113) FALSE-POSITIVE TRAP: the API version header value is int()-converted before it is reflected [django].
from django.http import JsonResponse


def api_root(request):
    version = int(request.headers.get("X-Api-Version", "1"))
    response = JsonResponse({"version": version})
    response["X-Api-Version"] = str(version)
    return response
