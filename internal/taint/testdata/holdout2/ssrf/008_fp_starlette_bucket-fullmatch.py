# ssrf (CWE-918) FALSE-POSITIVE TRAP: a bucket name must fully match a strict pattern before it becomes a subdomain of the storage host [starlette].
import re

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

BUCKET_RE = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")


async def bucket_status(request):
    bucket = request.path_params["bucket"]
    if not BUCKET_RE.fullmatch(bucket):
        return JSONResponse({"error": "invalid bucket"}, status_code=400)
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.head(f"https://{bucket}.s3.amazonaws.com/")
    return JSONResponse({"exists": resp.status_code != 404})


app = Starlette(routes=[Route("/buckets/{bucket}", bucket_status)])
