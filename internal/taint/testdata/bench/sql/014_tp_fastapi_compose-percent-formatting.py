# sql (CWE-89) TRUE POSITIVE: taint through percent formatting [fastapi].
import sqlite3
from fastapi import Cookie, FastAPI, Request

app = FastAPI()
db = sqlite3.connect("app.db")


@app.get("/sql/compose-percent-formatting")
def handle_sql(request: Request, username: str = Cookie("")):
    query = "SELECT id, email FROM users WHERE name = '%s'" % username
    cursor = db.cursor()
    cursor.execute(query)  # want "CWE-89"
    rows = cursor.fetchall()
    return {"status": "ok"}
