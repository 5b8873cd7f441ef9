# xpath (CWE-643) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request
from xml.etree import ElementTree

app = FastAPI()
root = ElementTree.parse("users.xml").getroot()


def run_sink(xpath_expr):
    node = root.find(xpath_expr)  # want "CWE-643"


@app.get("/xpath/helper-sink")
def handle_xpath(request: Request, user: str = ""):
    arg = user
    xpath_expr = ".//user[@name='" + arg + "']"
    run_sink(xpath_expr)
    return {"status": "ok"}
