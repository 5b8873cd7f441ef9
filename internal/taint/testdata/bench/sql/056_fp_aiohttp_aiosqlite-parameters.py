# sql (CWE-89) FALSE POSITIVE look-alike: the aiosqlite query passes the value as a parameter [aiohttp].
import aiosqlite
from aiohttp import web


async def by_owner(request):
    owner = request.query.get("owner", "")
    async with aiosqlite.connect("pets.db") as db:
        cursor = await db.execute("SELECT name FROM pets WHERE owner = ?", (owner,))
        rows = await cursor.fetchall()
    return web.json_response([r[0] for r in rows])
