# redirect (CWE-601) FALSE-POSITIVE TRAP: the return path must parse with no scheme or host, start with one "/" and hold no backslash [fastapi].
from urllib.parse import urlparse

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
LANGS = {"en", "de", "fr"}


def safe_return_path(value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme or parsed.netloc or not value.startswith("/") or value.startswith("//"):
        return "/"
    if "\\" in value or not value.isprintable():
        return "/"
    return value


@app.get("/switch-language/{lang}")
def switch_language(lang: str, back: str = "/"):
    response = RedirectResponse(safe_return_path(back), status_code=303)
    response.set_cookie("lang", lang if lang in LANGS else "en")
    return response
