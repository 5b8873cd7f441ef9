# xpath (CWE-643) TRUE POSITIVE: a SKU query parameter concatenated into an elementpath.select expression [fastapi].
import elementpath
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
STOCK = etree.parse("/srv/app/stock.xml")


@app.get("/stock")
def stock(sku: str):
    nodes = elementpath.select(STOCK, "//item[@sku='" + sku + "']/qty")  # want "CWE-643"
    return {"qty": [n.text for n in nodes]}
