# sql (CWE-89) FALSE-POSITIVE TRAP: the token is parsed as a UUID and its canonical string is what reaches the SQL [django].
import uuid
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse


def confirm(request):
    try:
        token = str(uuid.UUID(request.GET.get("token", "")))
    except ValueError:
        return HttpResponseBadRequest("invalid token")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE signup SET confirmed = 1 WHERE token = '" + token + "'")
    return JsonResponse({"ok": True})
