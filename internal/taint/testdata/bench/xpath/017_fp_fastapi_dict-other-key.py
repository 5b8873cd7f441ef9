# xpath (CWE-643) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [fastapi].
from fastapi import FastAPI, Request
from xml.etree import ElementTree

app = FastAPI()
root = ElementTree.parse("users.xml").getroot()


@app.get("/xpath/dict-other-key/{user}")
def handle_xpath(request: Request, user: str):
    store = {}
    store["keyA"] = user
    store["keyB"] = "jdoe"
    arg = store["keyB"]
    xpath_expr = ".//user[@name='" + arg + "']"
    node = root.find(xpath_expr)
    return {"status": "ok"}
