# xpath (CWE-643) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [fastapi].
import elementpath
from fastapi import FastAPI, Request
from xml.etree import ElementTree

app = FastAPI()
root = ElementTree.parse("users.xml").getroot()


@app.get("/xpath/dead-if")
def handle_xpath(request: Request, user: str = ""):
    num = 40
    if (num * 3) - 200 > 0:
        arg = user
    else:
        arg = "jdoe"
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = elementpath.select(root, xpath_expr)
    return {"status": "ok"}
