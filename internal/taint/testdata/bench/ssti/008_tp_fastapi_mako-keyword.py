# ssti (CWE-1336) TRUE POSITIVE: Mako Template(text=...) from a FastAPI query parameter [fastapi].
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from mako.template import Template

app = FastAPI()


@app.get("/ssti/mako-keyword", response_class=HTMLResponse)
def mako_keyword(snippet: str):
    page = Template(text=snippet)  # want "CWE-1336"
    return page.render()
