# xpath (CWE-643) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [fastapi].
from fastapi import FastAPI, Header, Request
from xml.etree import ElementTree

app = FastAPI()
root = ElementTree.parse("users.xml").getroot()


@app.get("/xpath/list-pop-removed")
def handle_xpath(request: Request, user: str = Header("")):
    items = ["jdoe"]
    items.append(user)
    items.pop()
    arg = items[0]
    xpath_expr = ".//user[@name='" + arg + "']"
    nodes = root.findall(xpath_expr)
    return {"status": "ok"}
