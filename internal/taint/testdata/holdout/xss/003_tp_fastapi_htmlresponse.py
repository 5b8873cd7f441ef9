# xss (CWE-79) TRUE POSITIVE: a query parameter concatenated into an HTMLResponse [fastapi].
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
def welcome(name: str = "friend"):
    page = "<html><body><h2>Welcome, " + name + "!</h2></body></html>"
    return HTMLResponse(content=page)  # want "CWE-79"
