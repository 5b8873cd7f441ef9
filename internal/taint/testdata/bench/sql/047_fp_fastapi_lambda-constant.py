# sql (CWE-89) FALSE-POSITIVE TRAP: the lambda runs a constant query; the request value only filters the result in Python [fastapi].
import sqlite3
from fastapi import FastAPI

app = FastAPI()
db = sqlite3.connect("app.db")
all_orders = lambda: db.execute("SELECT customer, total FROM orders").fetchall()


@app.get("/sql/lambda-constant")
def orders(customer: str):
    return [row for row in all_orders() if row[0] == customer]
