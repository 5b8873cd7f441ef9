# code (CWE-95) FALSE-POSITIVE TRAP: only the length of the request body reaches the evaluated string [django].
from django.http import JsonResponse


def quota(request):
    payload = request.body
    size = len(payload)
    cost = eval("%d * 0.002 + 1" % size)
    return JsonResponse({"cost": cost})
