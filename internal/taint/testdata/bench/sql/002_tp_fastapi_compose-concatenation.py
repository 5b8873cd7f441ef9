# sql (CWE-89) TRUE POSITIVE: taint through concatenation [fastapi].
import sqlite3
from fastapi import FastAPI, Request

app = FastAPI()
db = sqlite3.connect("app.db")


@app.get("/sql/compose-concatenation/{username}")
def handle_sql(request: Request, username: str):
    query = "SELECT id, email FROM users WHERE name = '" + username + "'"
    cursor = db.cursor()
    cursor.execute(query)  # want "CWE-89"
    rows = cursor.fetchall()
    return {"status": "ok"}
