# sql (CWE-89) TRUE POSITIVE: a dependency hands the raw query string to the view [fastapi].
import sqlite3
from fastapi import Depends, FastAPI

app = FastAPI()


def filters(status: str = "open"):
    return {"status": status}


@app.get("/orders")
def orders(f: dict = Depends(filters)):
    db = sqlite3.connect("shop.db")
    return db.execute("SELECT id FROM orders WHERE status = '%s'" % f["status"]).fetchall()  # want "CWE-89"
