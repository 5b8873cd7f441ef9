# sql (CWE-89) TRUE POSITIVE: request data flows straight into the sink [django].
import sqlite3
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

db = sqlite3.connect("app.db")


@require_http_methods(["GET", "POST"])
def handle_sql(request):
    username = request.POST.get("username", "")
    arg = username
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.execute(query)  # want "CWE-89"
    rows = cursor.fetchall()
    return HttpResponse("ok")
