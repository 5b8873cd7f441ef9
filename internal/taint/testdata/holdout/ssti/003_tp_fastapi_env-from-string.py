# ssti (CWE-1336) TRUE POSITIVE: a pydantic field holding an email template is compiled by a shared Jinja2 Environment [fastapi].
from fastapi import FastAPI
from jinja2 import Environment
from pydantic import BaseModel

app = FastAPI()
env = Environment(autoescape=True)


class Campaign(BaseModel):
    subject: str
    body_template: str


@app.post("/campaigns/preview")
def preview(campaign: Campaign):
    tpl = env.from_string(campaign.body_template)  # want "CWE-1336"
    return {"subject": campaign.subject, "body": tpl.render(first_name="Ada")}
