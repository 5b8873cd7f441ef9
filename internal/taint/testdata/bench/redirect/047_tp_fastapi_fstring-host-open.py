# redirect (CWE-601) TRUE POSITIVE: nothing ends the host before the request value, so "@evil.example" or ".evil.example" changes it [fastapi].
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/docs-page")
def docs_page(page: str):
    return RedirectResponse(f"https://docs.example.com{page}")  # want "CWE-601"
