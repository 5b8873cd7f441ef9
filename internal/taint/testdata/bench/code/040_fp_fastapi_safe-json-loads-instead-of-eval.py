# code (CWE-94) FALSE-POSITIVE TRAP: json.loads instead of eval [fastapi].
import json
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code/safe-json-loads-instead-of-eval")
def handle_code(request: Request):
    expr = request.query_params.get("expr", "")
    result = json.loads(expr)
    return {"status": "ok"}
