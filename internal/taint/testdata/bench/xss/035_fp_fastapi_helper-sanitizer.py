# xss (CWE-79) FALSE-POSITIVE TRAP: a helper in the same file sanitises the value [fastapi].
import html
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def clean(value):
    return html.escape(value)


@app.get("/xss/helper-sanitizer")
def handle_xss(request: Request, name: str = ""):
    arg = clean(name)
    html = "<p>Hello, " + arg + "</p>"
    return HTMLResponse(content=html, status_code=200)
