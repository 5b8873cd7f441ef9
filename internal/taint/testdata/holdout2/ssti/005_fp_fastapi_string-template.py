# ssti (CWE-1336) FALSE-POSITIVE TRAP: user message templates use string.Template.safe_substitute, which only replaces $names [fastapi].
from string import Template

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class AutoReply(BaseModel):
    template: str
    customer: str


@app.post("/support/auto-reply/preview")
def auto_reply_preview(body: AutoReply):
    values = {"customer": body.customer, "agent": "Sam", "ticket": "T-481"}
    text = Template(body.template).safe_substitute(values)
    return {"preview": text}
