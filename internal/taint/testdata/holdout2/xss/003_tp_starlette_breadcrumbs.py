# xss (CWE-79) TRUE POSITIVE: URL path segments are rendered as breadcrumb links by a helper and returned in an HTMLResponse [starlette].
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route


def breadcrumbs(parts: list[str]) -> str:
    links = [f'<a href="/browse/{"/".join(parts[: i + 1])}">{p}</a>' for i, p in enumerate(parts)]
    return " / ".join(links)


async def browse(request):
    parts = [p for p in request.path_params["path"].split("/") if p]
    body = "<nav>" + breadcrumbs(parts) + "</nav><main>Folder listing coming soon.</main>"
    return HTMLResponse(body)  # want "CWE-79"


app = Starlette(routes=[Route("/browse/{path:path}", browse)])
