# xss (CWE-79) TRUE POSITIVE: taint through percent formatting [fastapi].
from fastapi import Cookie, FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/compose-percent-formatting")
def handle_xss(request: Request, name: str = Cookie("")):
    html = "<p>Hello, %s</p>" % name
    return HTMLResponse(html)  # want "CWE-79"
