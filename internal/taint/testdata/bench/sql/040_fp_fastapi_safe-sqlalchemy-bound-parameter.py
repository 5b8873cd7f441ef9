# sql (CWE-89) FALSE-POSITIVE TRAP: SQLAlchemy bound parameter [fastapi].
from fastapi import FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///app.db")


@app.get("/sql/safe-sqlalchemy-bound-parameter")
def handle_sql(request: Request):
    username = request.query_params.get("username", "")
    with engine.connect() as conn:
        conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": username})
    return {"status": "ok"}
