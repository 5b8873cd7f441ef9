# xss (CWE-79) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [fastapi].
from fastapi import FastAPI, Header, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/list-pop-removed")
def handle_xss(request: Request, name: str = Header("")):
    items = ["guest"]
    items.append(name)
    items.pop()
    arg = items[0]
    html = "<p>Hello, " + arg + "</p>"
    return HTMLResponse(html)
