# sql (CWE-89) FALSE POSITIVE look-alike: the annotated session runs a query whose value is a bound parameter [fastapi].
from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

app = FastAPI()


def open_store():
    raise NotImplementedError


def find(store: Session, sku: str):
    return store.execute(text("SELECT id FROM items WHERE sku = :sku"), {"sku": sku}).all()


@app.get("/items/{sku}")
def item(sku: str, store: Session = Depends(open_store)):
    return {"rows": [r.id for r in find(store, sku)]}
