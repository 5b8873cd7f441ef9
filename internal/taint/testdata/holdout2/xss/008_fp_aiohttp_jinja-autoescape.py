# xss (CWE-79) FALSE-POSITIVE TRAP: the query value is rendered by a Jinja2 template loaded from disk, with autoescaping on [aiohttp].
from aiohttp import web
from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html"]))


async def results(request: web.Request) -> web.Response:
    query = request.query.get("q", "")
    template = env.get_template("results.html")
    page = template.render(query=query, results=[])
    return web.Response(text=page, content_type="text/html")


app = web.Application()
app.router.add_get("/results", results)
