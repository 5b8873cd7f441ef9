# ssti (CWE-1336) TRUE POSITIVE: a greeting template built from a query value is compiled with jinja2.Template [aiohttp].
import jinja2
from aiohttp import web


async def greet(request):
    greeting = request.query.get("greeting", "Hello")
    source = greeting + ", {{ name }}!"
    text = jinja2.Template(source).render(name="visitor")  # want "CWE-1336"
    return web.Response(text=text)


app = web.Application()
app.router.add_get("/greet", greet)
