# deserialization (CWE-502) TRUE POSITIVE: an uploaded pipeline definition is parsed with yaml.load and the unsafe yaml.Loader [fastapi].
import yaml
from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI()


@app.post("/pipelines/validate")
async def validate_pipeline(spec: UploadFile = File(...)):
    content = await spec.read()
    doc = yaml.load(content, Loader=yaml.Loader)  # want "CWE-502"
    if not isinstance(doc, dict):
        raise HTTPException(status_code=422, detail="pipeline must be a mapping")
    return {"steps": len(doc.get("steps", []))}
