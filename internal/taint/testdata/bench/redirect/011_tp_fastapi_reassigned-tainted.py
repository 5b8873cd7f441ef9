# redirect (CWE-601) TRUE POSITIVE: a safe value overwritten by the request value before use [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/reassigned-tainted")
def handle_redirect(request: Request):
    next_url = request.query_params.get("next_url", "")
    arg = "/dashboard"
    arg = next_url
    return RedirectResponse(arg)  # want "CWE-601"
