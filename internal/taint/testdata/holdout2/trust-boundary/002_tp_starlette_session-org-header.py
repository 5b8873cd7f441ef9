# trust-boundary (CWE-501) TRUE POSITIVE: an organisation id taken from a client-supplied header is saved into the Starlette session [starlette].
import os

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def select_org(request):
    org_id = request.headers.get("X-Org-Id", "").strip()
    if not org_id:
        return JSONResponse({"error": "missing org"}, status_code=400)
    request.session["org_id"] = org_id  # want "CWE-501"
    return JSONResponse({"selected": True})


app = Starlette(
    routes=[Route("/orgs/select", select_org, methods=["POST"])],
    middleware=[Middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"])],
)
