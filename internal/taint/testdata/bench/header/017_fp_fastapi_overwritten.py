# header (CWE-113) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/header/overwritten/{lang}")
def handle_header(request: Request, lang: str):
    arg = lang
    arg = "en-US"
    response = PlainTextResponse("ok")
    response.headers["Content-Language"] = arg
    return response
