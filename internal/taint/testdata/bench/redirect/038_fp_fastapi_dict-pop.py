# redirect (CWE-601) FALSE-POSITIVE TRAP: the request value is popped out of a dict before a constant is read [fastapi].
from fastapi import FastAPI, Header, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/dict-pop")
def handle_redirect(request: Request, next_url: str = Header("")):
    store = {"keyA": "/dashboard"}
    store["keyB"] = next_url
    store.pop("keyB")
    arg = store.get("keyB", store["keyA"])
    return RedirectResponse(arg)
