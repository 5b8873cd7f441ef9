# header (CWE-113) TRUE POSITIVE: the value travels through an object attribute [fastapi].
from fastapi import FastAPI, Header, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "en-US"


@app.get("/header/class-attr")
def handle_header(request: Request, lang: str = Header("")):
    holder = Holder(lang)
    arg = holder.value
    response = PlainTextResponse("ok")
    response.headers["Content-Language"] = arg  # want "CWE-113"
    return response
