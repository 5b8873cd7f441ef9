# sql (CWE-89) FALSE-POSITIVE TRAP: the request value is popped out of a dict before a constant is read [fastapi].
import sqlite3
from fastapi import FastAPI, Header, Request

app = FastAPI()
db = sqlite3.connect("app.db")


@app.get("/sql/dict-pop")
def handle_sql(request: Request, username: str = Header("")):
    store = {"keyA": "guest"}
    store["keyB"] = username
    store.pop("keyB")
    arg = store.get("keyB", store["keyA"])
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.execute(query)
    rows = cursor.fetchall()
    return {"status": "ok"}
