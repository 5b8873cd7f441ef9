# xss (CWE-79) TRUE POSITIVE: an inviter name from the query string is kept in a dataclass whose render() builds the text/html response [aiohttp].
from dataclasses import dataclass

from aiohttp import web


@dataclass
class Banner:
    inviter: str

    def render(self) -> str:
        return f"<div class='banner'>{self.inviter} invited you to join!</div>"


async def landing(request: web.Request) -> web.Response:
    banner = Banner(inviter=request.query.get("from", "A friend"))
    page = "<html><body>" + banner.render() + "<a href='/signup'>Sign up</a></body></html>"
    return web.Response(text=page, content_type="text/html")  # want "CWE-79"


app = web.Application()
app.router.add_get("/join", landing)
