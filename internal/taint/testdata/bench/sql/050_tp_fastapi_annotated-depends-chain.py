# sql (CWE-89) TRUE POSITIVE: Annotated dependency that itself depends on the query [fastapi].
import sqlite3
from typing import Annotated
from fastapi import Depends, FastAPI

app = FastAPI()


def raw_term(term: str = ""):
    return term.strip()


def search_term(t: Annotated[str, Depends(raw_term)]):
    return t.lower()


@app.get("/search")
def search(term: Annotated[str, Depends(search_term)]):
    db = sqlite3.connect("shop.db")
    return db.execute("SELECT id FROM items WHERE name LIKE '%" + term + "%'").fetchall()  # want "CWE-89"
