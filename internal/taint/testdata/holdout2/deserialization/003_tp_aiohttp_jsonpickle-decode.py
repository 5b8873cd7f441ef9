# deserialization (CWE-502) TRUE POSITIVE: a saved-search object posted as jsonpickle text is decoded back into Python objects [aiohttp].
import jsonpickle
from aiohttp import web


class SavedSearch:
    def __init__(self, query: str, filters: dict):
        self.query = query
        self.filters = filters


async def restore_search(request: web.Request) -> web.Response:
    payload = await request.text()
    search = jsonpickle.decode(payload)  # want "CWE-502"
    if not isinstance(search, SavedSearch):
        raise web.HTTPBadRequest(text="not a saved search")
    return web.json_response({"query": search.query, "filters": search.filters})


app = web.Application()
app.router.add_post("/searches/restore", restore_search)
