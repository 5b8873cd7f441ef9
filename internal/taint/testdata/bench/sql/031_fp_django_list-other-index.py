# sql (CWE-89) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [django].
import psycopg2
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

conn = psycopg2.connect("dbname=app")


@require_http_methods(["GET", "POST"])
def handle_sql(request):
    username = request.POST.get("username", "")
    items = ["guest", username]
    arg = items[0]
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cur = conn.cursor()
    cur.execute(query)
    conn.commit()
    return HttpResponse("ok")
