# header (CWE-113) TRUE POSITIVE: taint through concatenation [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/header/compose-concatenation/{lang}")
def handle_header(request: Request, lang: str):
    header_value = lang
    response = PlainTextResponse("ok")
    response.headers["Content-Language"] = header_value  # want "CWE-113"
    return response
