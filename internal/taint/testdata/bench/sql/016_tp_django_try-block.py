# sql (CWE-89) TRUE POSITIVE: the value is assigned inside a try block [django].
import sqlite3
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

db = sqlite3.connect("app.db")


@require_http_methods(["GET", "POST"])
def handle_sql(request, username):
    try:
        arg = username
    except (KeyError, ValueError):
        arg = "guest"
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.executescript(query)  # want "CWE-89"
    return HttpResponse("ok")
