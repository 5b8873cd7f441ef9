# sql (CWE-89) FALSE-POSITIVE TRAP: an int-typed path parameter formatted into SQL cannot carry SQL syntax [fastapi].
import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/orders/{order_id}")
def get_order(order_id: int):
    conn = sqlite3.connect("shop.db")
    row = conn.execute("SELECT id, total FROM orders WHERE id = %d" % order_id).fetchone()
    return {"order": row}
