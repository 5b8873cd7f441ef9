# code (CWE-94) TRUE POSITIVE: a "transform" expression from a pydantic body is spliced into a function source and run with exec() [fastapi].
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Job(BaseModel):
    rows: list[dict]
    transform: str = "row"


@app.post("/etl/preview")
def preview(job: Job):
    src = f"def _t(row):\n    return {job.transform}\n"
    scope: dict = {}
    exec(compile(src, "<transform>", "exec"), scope)  # want "CWE-94"
    return {"rows": [scope["_t"](dict(r)) for r in job.rows[:10]]}
