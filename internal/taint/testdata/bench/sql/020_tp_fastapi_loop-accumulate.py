# sql (CWE-89) TRUE POSITIVE: the value is copied element by element in a loop [fastapi].
import psycopg2
from fastapi import FastAPI, Request

app = FastAPI()
conn = psycopg2.connect("dbname=app")


@app.get("/sql/loop-accumulate")
def handle_sql(request: Request, username: str = ""):
    parts = []
    for piece in username.split(','):
        parts.append(piece)
    arg = ",".join(parts)
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cur = conn.cursor()
    cur.execute(query)  # want "CWE-89"
    conn.commit()
    return {"status": "ok"}
