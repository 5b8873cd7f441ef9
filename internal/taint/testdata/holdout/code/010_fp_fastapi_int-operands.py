# code (CWE-95) FALSE-POSITIVE TRAP: the operands are int()-converted and the operator must be one of four symbols [fastapi].
from fastapi import FastAPI, HTTPException

app = FastAPI()
OPERATORS = {"+", "-", "*", "/"}


@app.get("/arith")
def arith(a: str, op: str, b: str):
    if op not in OPERATORS:
        raise HTTPException(400, "bad operator")
    left, right = int(a), int(b)
    return {"result": eval(f"{left} {op} {right}")}
