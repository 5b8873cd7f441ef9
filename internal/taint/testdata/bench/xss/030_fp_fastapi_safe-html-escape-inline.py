# xss (CWE-79) FALSE-POSITIVE TRAP: html.escape inline [fastapi].
import html
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/safe-html-escape-inline")
def handle_xss(request: Request, name: str = ""):
    return HTMLResponse("<p>Hello, " + html.escape(name) + "</p>")
