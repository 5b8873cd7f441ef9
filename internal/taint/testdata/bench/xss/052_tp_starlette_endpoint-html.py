# xss (CWE-79) TRUE POSITIVE: a Starlette endpoint puts the query text into an HTML response [starlette].
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route


async def search(request):
    term = request.query_params.get("q", "")
    return HTMLResponse("<h1>Results for " + term + "</h1>")  # want "CWE-79"


app = Starlette(routes=[Route("/search", search)])
