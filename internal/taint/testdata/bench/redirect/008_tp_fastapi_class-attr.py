# redirect (CWE-601) TRUE POSITIVE: the value travels through an object attribute [fastapi].
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "/dashboard"


@app.get("/redirect/class-attr")
def handle_redirect(request: Request, next_url: str = Header("")):
    holder = Holder(next_url)
    arg = holder.value
    return RedirectResponse(arg)  # want "CWE-601"
