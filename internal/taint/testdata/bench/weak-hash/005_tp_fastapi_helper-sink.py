# weak-hash (CWE-328) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [fastapi].
import hashlib
from fastapi import FastAPI, Form, Request

app = FastAPI()


def run_sink(arg):
    digest = hashlib.sha1(arg.encode()).hexdigest()  # want "CWE-328"


@app.post("/weak-hash/helper-sink")
def handle_weak_hash(request: Request, password: str = Form(...)):
    arg = password
    run_sink(arg)
    return {"status": "ok"}
