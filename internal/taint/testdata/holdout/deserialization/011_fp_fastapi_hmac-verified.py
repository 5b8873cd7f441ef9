# deserialization (CWE-502) FALSE-POSITIVE TRAP: the cursor is unpickled only after an HMAC with the server secret verifies it was issued by the server [fastapi].
import base64
import hashlib
import hmac
import os
import pickle
from fastapi import FastAPI, HTTPException

app = FastAPI()
SECRET = os.environ["CURSOR_SECRET"].encode()


def sign(data):
    return hmac.new(SECRET, data, hashlib.sha256).hexdigest()


def issue_cursor(state):
    data = pickle.dumps(state)
    return sign(data) + "." + base64.urlsafe_b64encode(data).decode()


@app.get("/events")
def events(cursor: str = ""):
    if not cursor:
        return {"events": [], "next": issue_cursor({"offset": 50})}
    mac, _, payload = cursor.partition(".")
    data = base64.urlsafe_b64decode(payload)
    if not hmac.compare_digest(mac, sign(data)):
        raise HTTPException(400, "bad cursor")
    state = pickle.loads(data)
    return {"events": [], "next": issue_cursor({"offset": state["offset"] + 50})}
