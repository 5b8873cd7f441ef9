# command (CWE-78) TRUE POSITIVE: an aiohttp path segment is passed to asyncio.create_subprocess_shell [aiohttp].
import asyncio
from aiohttp import web


async def dig(request):
    domain = request.match_info["domain"]
    proc = await asyncio.create_subprocess_shell(  # want "CWE-78"
        "dig +short " + domain,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return web.json_response({"answer": out.decode()})


app = web.Application()
app.add_routes([web.get("/dns/{domain}", dig)])
