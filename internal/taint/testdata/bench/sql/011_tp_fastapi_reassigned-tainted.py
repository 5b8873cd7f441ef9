# sql (CWE-89) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
import sqlite3
from fastapi import FastAPI, Request

app = FastAPI()
db = sqlite3.connect("app.db")


@app.get("/sql/reassigned-tainted")
def handle_sql(request: Request):
    username = request.query_params.get("username", "")
    arg = "guest"
    arg = username
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.executescript(query)  # want "CWE-89"
    return {"status": "ok"}
