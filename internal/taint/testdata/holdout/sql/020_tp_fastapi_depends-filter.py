# sql (CWE-89) TRUE POSITIVE: a FastAPI dependency returns the raw status filter, which the route splices into SQL [fastapi].
import sqlite3
from fastapi import Depends, FastAPI

app = FastAPI()


def status_filter(status: str = "open"):
    return status


@app.get("/tickets")
def tickets(status: str = Depends(status_filter)):
    conn = sqlite3.connect("tickets.db")
    sql = "SELECT id, title FROM tickets WHERE status = '" + status + "'"
    return {"tickets": conn.execute(sql).fetchall()}  # want "CWE-89"
