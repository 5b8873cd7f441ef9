# sql (CWE-89) TRUE POSITIVE: an aiosqlite query is formatted with the query-string value [aiohttp].
import aiosqlite
from aiohttp import web


async def by_owner(request):
    owner = request.query.get("owner", "")
    async with aiosqlite.connect("pets.db") as db:
        cursor = await db.execute("SELECT name FROM pets WHERE owner = '%s'" % owner)  # want "CWE-89"
        rows = await cursor.fetchall()
    return web.json_response([r[0] for r in rows])
