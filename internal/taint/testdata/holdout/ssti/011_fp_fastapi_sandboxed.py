# ssti (CWE-1336) FALSE-POSITIVE TRAP: user-authored templates are compiled in Jinja2's SandboxedEnvironment [fastapi].
from fastapi import FastAPI
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
sandbox = SandboxedEnvironment(autoescape=True)


class Campaign(BaseModel):
    body_template: str


@app.post("/campaigns/preview")
def preview(campaign: Campaign):
    tpl = sandbox.from_string(campaign.body_template)
    return {"body": tpl.render(first_name="Ada")}
