# sql (CWE-89) FALSE POSITIVE look-alike: the dependency ignores the request and returns a constant table name [fastapi].
import sqlite3
from fastapi import Depends, FastAPI

app = FastAPI()


def table():
    return "orders_2024"


@app.get("/orders")
def orders(t: str = Depends(table)):
    db = sqlite3.connect("shop.db")
    return db.execute("SELECT id FROM " + t).fetchall()
