# command (CWE-78) FALSE-POSITIVE TRAP: the shell command line is built with shlex.join over a list holding the user value [aiohttp].
import shlex
import subprocess

from aiohttp import web


async def ping(request: web.Request) -> web.Response:
    host = request.query.get("host", "localhost")
    argv = ["ping", "-c", "3", "--", host]
    line = shlex.join(argv)
    proc = subprocess.run(line, shell=True, capture_output=True, text=True, timeout=15)
    return web.json_response({"ok": proc.returncode == 0})


app = web.Application()
app.router.add_get("/diag/ping", ping)
