# sql (CWE-89) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [django].
import sqlite3
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

db = sqlite3.connect("app.db")


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "guest"


@require_http_methods(["GET", "POST"])
def handle_sql(request, username):
    holder = Holder(username)
    arg = holder.default
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.executescript(query)
    return HttpResponse("ok")
