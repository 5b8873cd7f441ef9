# sql (CWE-89) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
import sqlite3
from fastapi import FastAPI, Request

app = FastAPI()
db = sqlite3.connect("app.db")


@app.get("/sql/overwritten")
def handle_sql(request: Request):
    username = request.query_params.get("username", "")
    arg = username
    arg = "guest"
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.execute(query)
    rows = cursor.fetchall()
    return {"status": "ok"}
