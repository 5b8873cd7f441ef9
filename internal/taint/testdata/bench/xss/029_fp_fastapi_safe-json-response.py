# xss (CWE-79) FALSE-POSITIVE TRAP: JSON response [fastapi].
from fastapi import Cookie, FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/xss/safe-json-response")
def handle_xss(request: Request, name: str = Cookie("")):
    return JSONResponse({"name": name})
