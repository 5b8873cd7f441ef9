# redirect (CWE-601) TRUE POSITIVE: taint through percent formatting [fastapi].
from fastapi import Cookie, FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/compose-percent-formatting")
def handle_redirect(request: Request, next_url: str = Cookie("")):
    target = "%s" % next_url
    return RedirectResponse(target)  # want "CWE-601"
