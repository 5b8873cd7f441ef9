# ssti (CWE-1336) TRUE POSITIVE: an invoice footer from the JSON body is compiled as a Mako template [aiohttp].
from aiohttp import web
from mako.template import Template


async def render_footer(request: web.Request) -> web.Response:
    data = await request.json()
    footer = data.get("footer", "Thanks for your business, ${customer}!")
    text = Template(footer).render(customer=data.get("customer", "customer"))  # want "CWE-1336"
    return web.json_response({"footer": text})


app = web.Application()
app.router.add_post("/invoices/footer/preview", render_footer)
