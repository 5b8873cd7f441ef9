# deserialization (CWE-502) FALSE-POSITIVE TRAP: request data is pickled (serialised) into the cache, never unpickled from the client [fastapi].
import pickle
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
CACHE = {}


class Draft(BaseModel):
    title: str
    body: str


@app.put("/drafts/{draft_id}")
def save_draft(draft_id: int, draft: Draft):
    CACHE[draft_id] = pickle.dumps(draft.dict())
    return {"size": len(CACHE[draft_id])}
