# redirect (CWE-601) TRUE POSITIVE: constant string indexing selects the branch with the request value [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/string-switch/{next_url}")
def handle_redirect(request: Request, next_url: str):
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = "/dashboard"
    else:
        arg = next_url
    return RedirectResponse(arg)  # want "CWE-601"
