# sql (CWE-89) TRUE POSITIVE: the SQLAlchemy connection arrives as an annotated parameter named "store" and runs a concatenated statement [fastapi].
from fastapi import Depends, FastAPI
from sqlalchemy.engine import Connection

app = FastAPI()


def open_store():
    raise NotImplementedError


def find(store: Connection, sku: str):
    return store.exec_driver_sql("SELECT id FROM items WHERE sku = '" + sku + "'").all()  # want "CWE-89"


@app.get("/items/{sku}")
def item(sku: str, store: Connection = Depends(open_store)):
    return {"rows": [r.id for r in find(store, sku)]}
