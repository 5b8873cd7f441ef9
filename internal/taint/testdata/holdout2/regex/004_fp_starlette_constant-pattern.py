# regex (CWE-730) FALSE-POSITIVE TRAP: the request value is only the subject string; the pattern is a constant with no nested quantifiers [starlette].
import re

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

SKU_RE = re.compile(r"[A-Z]{3}-\d{4}(?:-[A-Z0-9]{2})?")


async def check_sku(request):
    sku = request.query_params.get("sku", "")[:32]
    return JSONResponse({"valid": SKU_RE.fullmatch(sku) is not None})


app = Starlette(routes=[Route("/skus/check", check_sku)])
