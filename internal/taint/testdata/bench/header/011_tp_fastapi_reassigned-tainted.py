# header (CWE-113) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/header/reassigned-tainted")
def handle_header(request: Request):
    lang = request.query_params.get("lang", "")
    arg = "en-US"
    arg = lang
    response = PlainTextResponse("ok")
    response.headers["Content-Language"] = arg  # want "CWE-113"
    return response
