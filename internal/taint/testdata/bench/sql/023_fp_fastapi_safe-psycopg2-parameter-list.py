# sql (CWE-89) FALSE-POSITIVE TRAP: psycopg2 parameter list [fastapi].
import psycopg2
from fastapi import FastAPI, Header, Request

app = FastAPI()
conn = psycopg2.connect("dbname=app")


@app.get("/sql/safe-psycopg2-parameter-list")
def handle_sql(request: Request, username: str = Header("")):
    cur = conn.cursor()
    cur.execute("SELECT id FROM users WHERE name = %s", [username])
    return {"status": "ok"}
