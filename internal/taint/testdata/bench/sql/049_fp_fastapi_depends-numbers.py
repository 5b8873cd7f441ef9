# sql (CWE-89) FALSE POSITIVE look-alike: the dependency turns the page size into an int [fastapi].
import sqlite3
from fastapi import Depends, FastAPI

app = FastAPI()


def page_size(size: str = "50"):
    return max(1, min(int(size), 500))


@app.get("/orders")
def orders(n=Depends(page_size)):
    db = sqlite3.connect("shop.db")
    return db.execute("SELECT id FROM orders LIMIT %d" % n).fetchall()
