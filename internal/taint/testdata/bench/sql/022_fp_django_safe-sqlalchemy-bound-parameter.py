# sql (CWE-89) FALSE-POSITIVE TRAP: SQLAlchemy bound parameter [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///app.db")


@require_http_methods(["GET", "POST"])
def handle_sql(request, username):
    with engine.connect() as conn:
        conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": username})
    return HttpResponse("ok")
