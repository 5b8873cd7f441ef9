# xss (CWE-79) TRUE POSITIVE: constant string indexing selects the branch with the request value [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/string-switch/{name}")
def handle_xss(request: Request, name: str):
    guess = "ABC"
    switch = guess[2]
    if switch == "B":
        arg = "guest"
    else:
        arg = name
    html = "<p>Hello, " + arg + "</p>"
    return HTMLResponse(content=html, status_code=200)  # want "CWE-79"
