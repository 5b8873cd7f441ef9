# sql (CWE-89) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///app.db")


@require_http_methods(["GET", "POST"])
def handle_sql(request, username):
    store = {}
    store["keyA"] = username
    store["keyB"] = "guest"
    arg = store["keyA"]
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    with engine.connect() as conn:
        result = conn.execute(text(query))  # want "CWE-89"
    return HttpResponse("ok")
