# xss (CWE-79) FALSE-POSITIVE TRAP: FastAPI's Jinja2Templates renders an .html template with autoescaping [fastapi].
from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/hello")
def hello(request: Request, name: str = "world"):
    return templates.TemplateResponse("hello.html", {"request": request, "name": name})
