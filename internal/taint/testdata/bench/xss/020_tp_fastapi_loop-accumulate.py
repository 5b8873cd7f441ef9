# xss (CWE-79) TRUE POSITIVE: the value is copied element by element in a loop [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/loop-accumulate")
def handle_xss(request: Request, name: str = ""):
    parts = []
    for piece in name.split(','):
        parts.append(piece)
    arg = ",".join(parts)
    html = "<p>Hello, " + arg + "</p>"
    return HTMLResponse(html)  # want "CWE-79"
