# sql (CWE-89) FALSE-POSITIVE TRAP: the pagination dependency converts limit and offset to int before they are formatted into SQL [fastapi].
import sqlite3
from fastapi import Depends, FastAPI

app = FastAPI()


def paging(limit: str = "20", offset: str = "0"):
    return {"limit": min(int(limit), 100), "offset": max(int(offset), 0)}


@app.get("/tickets")
def tickets(page: dict = Depends(paging)):
    conn = sqlite3.connect("tickets.db")
    sql = "SELECT id, title FROM tickets LIMIT {} OFFSET {}".format(page["limit"], page["offset"])
    return {"tickets": conn.execute(sql).fetchall()}
