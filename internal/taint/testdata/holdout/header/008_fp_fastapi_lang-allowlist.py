# header (CWE-113) FALSE-POSITIVE TRAP: the language must be one of the supported codes before it is set as a header [fastapi].
from fastapi import FastAPI, Response

app = FastAPI()
SUPPORTED = {"en", "de", "fr"}


@app.get("/page")
def page(response: Response, lang: str = "en"):
    if lang not in SUPPORTED:
        lang = "en"
    response.headers["Content-Language"] = lang
    return {"lang": lang}
