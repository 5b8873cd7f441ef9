# xpath (CWE-643) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [fastapi].
from fastapi import Cookie, FastAPI, Request
from lxml import etree

app = FastAPI()
tree = etree.parse("users.xml")


@app.get("/xpath/dead-ternary")
def handle_xpath(request: Request, user: str = Cookie("")):
    num = 106
    arg = "jdoe" if 7 * 18 + num > 200 else user
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = tree.xpath(xpath_expr)
    return {"status": "ok"}
