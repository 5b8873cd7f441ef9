# sql (CWE-89) TRUE POSITIVE: a list query parameter is joined into an IN (...) clause [fastapi].
from typing import List

import psycopg2
from fastapi import FastAPI, Query

app = FastAPI()
conn = psycopg2.connect("dbname=inventory")


@app.get("/items")
def items(sku: List[str] = Query(default=[])):
    wanted = ",".join("'" + s + "'" for s in sku)
    with conn.cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE sku IN (%s)" % wanted)  # want "CWE-89"
        return {"stock": cur.fetchall()}
