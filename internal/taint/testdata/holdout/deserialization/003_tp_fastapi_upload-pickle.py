# deserialization (CWE-502) TRUE POSITIVE: an uploaded "model" file is loaded with pickle.load [fastapi].
import pickle
from fastapi import FastAPI, File, UploadFile

app = FastAPI()
MODELS = {}


@app.post("/models/{name}")
async def upload_model(name: str, file: UploadFile = File(...)):
    model = pickle.load(file.file)  # want "CWE-502"
    MODELS[name] = model
    return {"loaded": name, "type": type(model).__name__}
