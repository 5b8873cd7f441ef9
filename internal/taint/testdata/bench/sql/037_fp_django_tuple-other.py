# sql (CWE-89) FALSE-POSITIVE TRAP: tuple unpacking picks the constant element [django].
import sqlite3
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

db = sqlite3.connect("app.db")


@require_http_methods(["GET", "POST"])
def handle_sql(request):
    username = request.POST.get("username", "")
    first, second = "guest", username
    arg = first
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.execute(query)
    rows = cursor.fetchall()
    return HttpResponse("ok")
