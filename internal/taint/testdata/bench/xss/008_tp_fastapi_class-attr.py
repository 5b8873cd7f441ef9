# xss (CWE-79) TRUE POSITIVE: the value travels through an object attribute [fastapi].
from fastapi import FastAPI, Header, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "guest"


@app.get("/xss/class-attr")
def handle_xss(request: Request, name: str = Header("")):
    holder = Holder(name)
    arg = holder.value
    html = "<p>Hello, " + arg + "</p>"
    return HTMLResponse(html)  # want "CWE-79"
