# ssti (CWE-1336) FALSE-POSITIVE TRAP: the query picks one of several constant template sources; unknown names fall back [aiohttp].
import jinja2
from aiohttp import web

GREETINGS = {
    "formal": "Good day, {{ name }}.",
    "casual": "Hey {{ name }}!",
}


async def greet(request):
    style = request.query.get("style", "casual")
    source = GREETINGS.get(style, GREETINGS["casual"])
    text = jinja2.Template(source).render(name=request.query.get("name", "visitor"))
    return web.Response(text=text)


app = web.Application()
app.router.add_get("/greet", greet)
