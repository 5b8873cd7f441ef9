# sql (CWE-89) TRUE POSITIVE: taint through str.join [django].
import sqlite3
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

db = sqlite3.connect("app.db")


@require_http_methods(["GET", "POST"])
def handle_sql(request):
    username = request.POST.get("username", "")
    query = "".join(["SELECT id, email FROM users WHERE name = '", username, "'"])
    cursor = db.cursor()
    cursor.execute(query)  # want "CWE-89"
    rows = cursor.fetchall()
    return HttpResponse("ok")
