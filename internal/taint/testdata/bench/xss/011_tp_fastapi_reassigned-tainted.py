# xss (CWE-79) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/reassigned-tainted")
def handle_xss(request: Request):
    name = request.query_params.get("name", "")
    arg = "guest"
    arg = name
    html = "<p>Hello, " + arg + "</p>"
    return HTMLResponse(content=html, status_code=200)  # want "CWE-79"
