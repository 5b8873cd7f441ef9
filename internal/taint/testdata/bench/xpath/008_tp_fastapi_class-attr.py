# xpath (CWE-643) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import elementpath
from fastapi import FastAPI, Header, Request
from xml.etree import ElementTree

app = FastAPI()
root = ElementTree.parse("users.xml").getroot()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "jdoe"


@app.get("/xpath/class-attr")
def handle_xpath(request: Request, user: str = Header("")):
    holder = Holder(user)
    arg = holder.value
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = elementpath.select(root, xpath_expr)  # want "CWE-643"
    return {"status": "ok"}
