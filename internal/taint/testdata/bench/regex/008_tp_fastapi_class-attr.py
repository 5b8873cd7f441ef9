# regex (CWE-730) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import re
from fastapi import FastAPI, Header, Request

app = FastAPI()
DOCUMENT = "alpha beta gamma delta"


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "[a-z]+"


@app.get("/regex/class-attr")
def handle_regex(request: Request, pattern: str = Header("")):
    holder = Holder(pattern)
    arg = holder.value
    regex = "^" + arg + "$"
    found = re.findall(regex, DOCUMENT)  # want "CWE-730"
    return {"status": "ok"}
