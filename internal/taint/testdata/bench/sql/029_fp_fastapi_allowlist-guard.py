# sql (CWE-89) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [fastapi].
from fastapi import Cookie, FastAPI, Request
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///app.db")
ALLOWED = {"admin", "guest", "support"}


@app.get("/sql/allowlist-guard")
def handle_sql(request: Request, username: str = Cookie("")):
    if username not in ALLOWED:
        return {"error": "invalid request"}
    arg = username
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    with engine.connect() as conn:
        result = conn.execute(text(query))
    return {"status": "ok"}
