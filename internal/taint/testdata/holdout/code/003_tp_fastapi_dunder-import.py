# code (CWE-94) TRUE POSITIVE: a body field names the module passed to __import__ [fastapi].
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ExportJob(BaseModel):
    backend: str
    dataset: str


@app.post("/export")
def export(job: ExportJob):
    module = __import__(job.backend)  # want "CWE-94"
    exporter = getattr(module, "export", None)
    return {"ok": exporter is not None}
