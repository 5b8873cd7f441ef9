# header (CWE-113) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [fastapi].
from fastapi import FastAPI, Header, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/header/list-other-index")
def handle_header(request: Request, lang: str = Header("")):
    items = ["en-US", lang]
    arg = items[0]
    response = PlainTextResponse("ok")
    response.headers["Content-Language"] = arg
    return response
