# xss (CWE-79) TRUE POSITIVE: taint through concatenation [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/compose-concatenation/{name}")
def handle_xss(request: Request, name: str):
    html = "<p>Hello, " + name + "</p>"
    return HTMLResponse(html)  # want "CWE-79"
