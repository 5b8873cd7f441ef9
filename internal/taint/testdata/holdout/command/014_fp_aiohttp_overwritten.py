# command (CWE-78) FALSE-POSITIVE TRAP: the service name read from the query is overwritten by a configured constant before the shell runs [aiohttp].
import asyncio
from aiohttp import web

SERVICE_NAME = "worker"


async def restart(request):
    service = request.query.get("service", "web")
    # this node manages a single service; ignore what the client asked for
    service = SERVICE_NAME
    proc = await asyncio.create_subprocess_shell(f"systemctl restart {service}")
    await proc.wait()
    return web.json_response({"restarted": service})


app = web.Application()
app.router.add_post("/restart", restart)
