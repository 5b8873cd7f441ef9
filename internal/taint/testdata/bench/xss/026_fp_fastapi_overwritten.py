# xss (CWE-79) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/overwritten")
def handle_xss(request: Request):
    name = request.query_params.get("name", "")
    arg = name
    arg = "guest"
    html = "<p>Hello, " + arg + "</p>"
    return HTMLResponse(html)
