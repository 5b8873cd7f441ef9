# xss (CWE-79) FALSE-POSITIVE TRAP: the e-mail query value is passed through html.escape before building an HTMLResponse [fastapi].
import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/unsubscribe", response_class=HTMLResponse)
def unsubscribe(email: str = ""):
    shown = html.escape(email, quote=True)
    return HTMLResponse(f"<p>We will stop sending newsletters to <strong>{shown}</strong>.</p>")
