# deserialization (CWE-502) FALSE-POSITIVE TRAP: a state blob is unpickled only after its HMAC-SHA256 signature with a server key verifies [starlette].
import base64
import hashlib
import hmac
import os
import pickle

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

SECRET = os.environ["STATE_SIGNING_KEY"].encode()


def unsign(token: str):
    blob = base64.urlsafe_b64decode(token.encode() + b"==")
    sig, payload = blob[:32], blob[32:]
    expected = hmac.new(SECRET, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        return None
    return pickle.loads(payload)


async def resume(request):
    state = unsign(request.query_params.get("state", ""))
    if not isinstance(state, dict):
        return JSONResponse({"error": "bad state"}, status_code=400)
    return JSONResponse({"step": int(state.get("step", 0))})


app = Starlette(routes=[Route("/wizard/resume", resume)])
