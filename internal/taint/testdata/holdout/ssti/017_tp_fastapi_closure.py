# ssti (CWE-1336) TRUE POSITIVE: a closure compiles the header text the route captured into a Jinja2 template [fastapi].
from fastapi import FastAPI, Header
from jinja2 import Template

app = FastAPI()


@app.get("/footer")
def footer(x_brand: str = Header("Acme")):
    def render(year):
        return Template("&copy; " + str(year) + " " + x_brand).render()  # want "CWE-1336"

    return {"footer": render(2026)}
