# sql (CWE-89) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [fastapi].
import sqlite3
from fastapi import FastAPI, Request

app = FastAPI()
db = sqlite3.connect("app.db")


@app.get("/sql/string-switch-dead")
def handle_sql(request: Request, username: str = ""):
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = "guest"
    else:
        arg = username
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cursor = db.cursor()
    cursor.executescript(query)
    return {"status": "ok"}
