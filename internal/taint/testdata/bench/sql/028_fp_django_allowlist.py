# sql (CWE-89) FALSE-POSITIVE TRAP: allow-list membership test before use [django].
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

ALLOWED = {"admin", "guest", "support"}


@require_http_methods(["GET", "POST"])
def handle_sql(request, username):
    if username in ALLOWED:
        arg = username
    else:
        arg = "guest"
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    with connection.cursor() as cursor:
        cursor.execute(query)
    return HttpResponse("ok")
