# sql (CWE-89) TRUE POSITIVE: a lambda executes the SQL it is given [fastapi].
import sqlite3
from fastapi import FastAPI

app = FastAPI()
db = sqlite3.connect("app.db")
fetch = lambda sql: db.execute(sql).fetchall()  # want "CWE-89"


@app.get("/sql/lambda")
def orders(customer: str):
    return fetch("SELECT * FROM orders WHERE customer = '" + customer + "'")
