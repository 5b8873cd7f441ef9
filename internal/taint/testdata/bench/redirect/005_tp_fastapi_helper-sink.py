# redirect (CWE-601) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def run_sink(arg):
    return RedirectResponse(arg)  # want "CWE-601"


@app.get("/redirect/helper-sink")
def handle_redirect(request: Request, next_url: str = ""):
    arg = next_url
    return run_sink(arg)
