# xss (CWE-79) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def run_sink(html):
    return HTMLResponse(content=html, status_code=200)  # want "CWE-79"


@app.get("/xss/helper-sink")
def handle_xss(request: Request, name: str = ""):
    arg = name
    html = "<p>Hello, " + arg + "</p>"
    return run_sink(html)
