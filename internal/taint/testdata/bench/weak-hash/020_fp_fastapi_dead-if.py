# weak-hash (CWE-328) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [fastapi].
import hashlib
from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/weak-hash/dead-if")
def handle_weak_hash(request: Request, password: str = Form(...)):
    num = 40
    if (num * 3) - 200 > 0:
        arg = password
    else:
        arg = "changeme"
    digest = hashlib.new("md5", arg.encode()).hexdigest()
    return {"status": "ok"}
