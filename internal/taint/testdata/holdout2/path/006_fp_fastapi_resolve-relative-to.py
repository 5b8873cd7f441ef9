# path (CWE-22) FALSE-POSITIVE TRAP: the joined path is resolved and checked with is_relative_to in a helper before it is read [fastapi].
from pathlib import Path

from fastapi import FastAPI, HTTPException

app = FastAPI()
NOTES = Path("/srv/notes").resolve()


def safe_note_path(name: str) -> Path:
    candidate = (NOTES / name).resolve()
    if not candidate.is_relative_to(NOTES):
        raise HTTPException(status_code=400, detail="bad note name")
    return candidate


@app.get("/notes/{name}")
def read_note(name: str):
    path = safe_note_path(name)
    try:
        return {"name": path.name, "text": path.read_text(encoding="utf-8")}
    except (FileNotFoundError, IsADirectoryError):
        raise HTTPException(status_code=404, detail="not found")
