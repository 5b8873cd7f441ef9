# redirect (CWE-601) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/list-other-index/{next_url}")
def handle_redirect(request: Request, next_url: str):
    items = ["/dashboard", next_url]
    arg = items[0]
    return RedirectResponse(arg)
