# path (CWE-22) TRUE POSITIVE: a template name from the JSON body is the source path of shutil.copyfile [aiohttp].
import os
import shutil

from aiohttp import web

TEMPLATES = "/srv/app/project-templates"
WORKSPACES = "/srv/app/workspaces"


async def create_workspace(request: web.Request) -> web.Response:
    body = await request.json()
    template = body.get("template", "default.yml")
    ws_id = int(body["workspace_id"])
    src = os.path.join(TEMPLATES, template)
    dst = os.path.join(WORKSPACES, f"{ws_id}.yml")
    shutil.copyfile(src, dst)  # want "CWE-22"
    return web.json_response({"workspace": ws_id}, status=201)


app = web.Application()
app.router.add_post("/workspaces", create_workspace)
