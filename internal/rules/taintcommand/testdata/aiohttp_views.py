import os

from aiohttp import web


async def handle(request):
    os.system(request.query["x"])  # want "request.query flows to os.system"
    data = await request.post()
    os.system(data["y"])  # want "request.post flows to os.system"
    os.system(request.match_info["name"])  # want "request.match_info flows to os.system"
    os.system(request.app["cmd"])
    return web.Response(text="ok")


class V(web.View):
    async def get(self):
        os.system(self.request.query.get("z"))  # want "aiohttp request flows to os.system"
        os.system(self.request.app["cmd"])
