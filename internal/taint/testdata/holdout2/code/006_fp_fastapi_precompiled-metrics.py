# code (CWE-95) FALSE-POSITIVE TRAP: the path only selects one of several constant pre-compiled expressions; request values are floats [fastapi].
from fastapi import FastAPI, HTTPException

app = FastAPI()
METRICS = {
    "margin": compile("(revenue - cost) / revenue", "<margin>", "eval"),
    "markup": compile("(revenue - cost) / cost", "<markup>", "eval"),
}


@app.get("/metrics/{name}")
def metric(name: str, revenue: float, cost: float):
    code = METRICS.get(name)
    if code is None:
        raise HTTPException(status_code=404, detail="unknown metric")
    try:
        value = eval(code, {"__builtins__": {}}, {"revenue": revenue, "cost": cost})
    except ZeroDivisionError:
        raise HTTPException(status_code=422, detail="division by zero")
    return {"metric": name, "value": value}
