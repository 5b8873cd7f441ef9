# sql (CWE-89) FALSE-POSITIVE TRAP: parameterised query [django].
import sqlite3
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

db = sqlite3.connect("app.db")


@require_http_methods(["GET", "POST"])
def handle_sql(request, username):
    cursor = db.cursor()
    cursor.execute("SELECT id, email FROM users WHERE name = ?", (username,))
    return HttpResponse("ok")
