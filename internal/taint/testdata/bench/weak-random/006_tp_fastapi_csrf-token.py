# weak-random (CWE-330) TRUE POSITIVE: random.random feeds a CSRF token [fastapi].
import random
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()

@app.get("/csrf")
def csrf_token():
    csrf = str(random.random())[2:]  # want "CWE-330"
    response = JSONResponse({"csrf": csrf})
    response.set_cookie("csrftoken", csrf, secure=True)
    return response
