# xpath (CWE-643) TRUE POSITIVE: taint through concatenation [fastapi].
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()
tree = etree.parse("users.xml")


@app.get("/xpath/compose-concatenation/{user}")
def handle_xpath(request: Request, user: str):
    xpath_expr = "//user[@name='" + user + "']"
    nodes = tree.xpath(xpath_expr)  # want "CWE-643"
    return {"status": "ok"}
