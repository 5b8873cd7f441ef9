# ssti (CWE-1336) TRUE POSITIVE: a notification template from the request body is compiled by a renderer class with Environment.from_string [fastapi].
from fastapi import FastAPI
from jinja2 import Environment
from pydantic import BaseModel

app = FastAPI()


class TemplateIn(BaseModel):
    name: str
    body: str


class Renderer:
    def __init__(self, environment: Environment):
        self.env = environment

    def preview(self, source: str, **ctx) -> str:
        return self.env.from_string(source).render(**ctx)  # want "CWE-1336"


renderer = Renderer(Environment(autoescape=False))


@app.post("/notifications/templates/preview")
def preview(tpl: TemplateIn):
    text = renderer.preview(tpl.body, user="Ada", plan="pro")
    return {"name": tpl.name, "text": text}
