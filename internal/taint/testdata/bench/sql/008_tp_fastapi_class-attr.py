# sql (CWE-89) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import psycopg2
from fastapi import FastAPI, Header, Request

app = FastAPI()
conn = psycopg2.connect("dbname=app")


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "guest"


@app.get("/sql/class-attr")
def handle_sql(request: Request, username: str = Header("")):
    holder = Holder(username)
    arg = holder.value
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    cur = conn.cursor()
    cur.execute(query)  # want "CWE-89"
    conn.commit()
    return {"status": "ok"}
