# deserialization (CWE-502) FALSE POSITIVE look-alike: the blob is unpickled after its HMAC with a key from the server's environment matches [starlette].
import hashlib
import hmac
import os
import pickle

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

KEY = os.environ["STATE_KEY"].encode()


async def restore(request):
    body = await request.body()
    mac, blob = body[:32], body[32:]
    expected = hmac.new(KEY, blob, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, expected):
        return JSONResponse({"error": "bad signature"}, status_code=400)
    state = pickle.loads(blob)
    return JSONResponse({"keys": sorted(state)})


app = Starlette(routes=[Route("/restore", restore, methods=["POST"])])
