# redirect (CWE-601) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/overwritten")
def handle_redirect(request: Request):
    next_url = request.query_params.get("next_url", "")
    arg = next_url
    arg = "/dashboard"
    return RedirectResponse(arg)
