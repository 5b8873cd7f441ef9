# redirect (CWE-601) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/string-switch-dead")
def handle_redirect(request: Request, next_url: str = ""):
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = "/dashboard"
    else:
        arg = next_url
    return RedirectResponse(arg)
