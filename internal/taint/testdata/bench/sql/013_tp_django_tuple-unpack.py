# sql (CWE-89) TRUE POSITIVE: tuple unpacking picks the request value [django].
import psycopg2
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

conn = psycopg2.connect("dbname=app")


@require_http_methods(["GET", "POST"])
def handle_sql(request):
    username = request.POST.get("username", "")
    first, second = "guest", username
    arg = second
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cur = conn.cursor()
    cur.execute(query)  # want "CWE-89"
    conn.commit()
    return HttpResponse("ok")
