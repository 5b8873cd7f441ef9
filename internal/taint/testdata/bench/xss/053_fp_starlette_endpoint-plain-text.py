# xss (CWE-79) FALSE POSITIVE look-alike: the Starlette endpoint answers with text/plain, which the browser does not render as HTML [starlette].
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route


async def echo(request):
    return PlainTextResponse("you asked for " + request.query_params.get("q", ""))


app = Starlette(routes=[Route("/echo", echo)])
