# header (CWE-113) FALSE-POSITIVE TRAP: sanitised with str.replace() [fastapi].
from fastapi import Cookie, FastAPI, Request
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/header/sanitizer-str-replace")
def handle_header(request: Request, lang: str = Cookie("")):
    arg = lang.replace("\r", "").replace("\n", "")
    response = PlainTextResponse("ok")
    response.headers["Content-Language"] = arg
    return response
