# xpath (CWE-643) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
from fastapi import FastAPI, Request
from xml.etree import ElementTree

app = FastAPI()
root = ElementTree.parse("users.xml").getroot()


@app.get("/xpath/reassigned-tainted")
def handle_xpath(request: Request):
    user = request.query_params.get("user", "")
    arg = "jdoe"
    arg = user
    xpath_expr = ".//user[@name='" + arg + "']"
    nodes = root.findall(xpath_expr)  # want "CWE-643"
    return {"status": "ok"}
