# header (CWE-113) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


def run_sink(arg):
    response = PlainTextResponse("ok")
    response.headers["Content-Language"] = arg  # want "CWE-113"
    return response


@app.get("/header/helper-sink")
def handle_header(request: Request, lang: str = ""):
    arg = lang
    return run_sink(arg)
