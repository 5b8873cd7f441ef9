# xpath (CWE-643) FALSE-POSITIVE TRAP: an int-typed item id is the only request value in the XPath expression [fastapi].
from fastapi import FastAPI
from lxml import etree

app = FastAPI()
STOCK = etree.parse("/srv/app/stock.xml")


@app.get("/stock/{item_id}")
def stock(item_id: int):
    nodes = STOCK.xpath("//item[@id=%d]/qty" % item_id)
    return {"qty": [n.text for n in nodes]}
