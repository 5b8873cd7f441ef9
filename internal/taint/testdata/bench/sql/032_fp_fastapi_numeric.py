# sql (CWE-89) FALSE-POSITIVE TRAP: int() conversion leaves only digits [fastapi].
import psycopg2
from fastapi import FastAPI, Request

app = FastAPI()
conn = psycopg2.connect("dbname=app")


@app.get("/sql/numeric/{username}")
def handle_sql(request: Request, username: str):
    arg = str(int(username))
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cur = conn.cursor()
    cur.execute(query)
    conn.commit()
    return {"status": "ok"}
