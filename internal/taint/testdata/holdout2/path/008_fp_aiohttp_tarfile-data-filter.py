# path (CWE-22) FALSE-POSITIVE TRAP: an uploaded tarball is extracted with filter="data", which rejects absolute and ".." members [aiohttp].
import io
import tarfile

from aiohttp import web

PLUGIN_DIR = "/srv/app/plugins"


async def install_plugin(request: web.Request) -> web.Response:
    data = await request.read()
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
            archive.extractall(PLUGIN_DIR, filter="data")
    except tarfile.TarError:
        return web.json_response({"error": "invalid archive"}, status=400)
    return web.json_response({"status": "installed"})


app = web.Application()
app.router.add_post("/plugins", install_plugin)
