# deserialization (CWE-502) TRUE POSITIVE: a hex-encoded cursor from the query string is unpickled for pagination [fastapi].
import pickle
from fastapi import FastAPI

app = FastAPI()


def decode_cursor(cursor):
    if not cursor:
        return {"offset": 0}
    return pickle.loads(bytes.fromhex(cursor))  # want "CWE-502"


@app.get("/events")
def events(cursor: str = ""):
    state = decode_cursor(cursor)
    return {"offset": state["offset"], "events": []}
