# redirect (CWE-601) FALSE POSITIVE look-alike: the f-string fixes scheme and host; the request only picks the path [fastapi].
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/docs-page")
def docs_page(page: str):
    return RedirectResponse(f"https://docs.example.com/en/{page}")
