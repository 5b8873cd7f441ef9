# redirect (CWE-601) FALSE-POSITIVE TRAP: the redirect goes to a local path built from an int-typed parameter [fastapi].
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/items/{item_id}/publish")
def publish(item_id: int):
    return RedirectResponse(f"/items/{item_id}?published=1", status_code=303)
