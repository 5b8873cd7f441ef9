# sql (CWE-89) TRUE POSITIVE: taint through str.format [django].
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_sql(request, username):
    query = "SELECT id, email FROM users WHERE name = '{}'".format(username)
    with connection.cursor() as cursor:
        cursor.execute(query)  # want "CWE-89"
    return HttpResponse("ok")
