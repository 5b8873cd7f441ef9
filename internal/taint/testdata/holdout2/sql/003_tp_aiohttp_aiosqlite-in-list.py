# sql (CWE-89) TRUE POSITIVE: repeated tag parameters are quoted by hand and joined into an IN list for aiosqlite [aiohttp].
import aiosqlite
from aiohttp import web

DB_PATH = "notes.db"


async def notes_by_tag(request: web.Request) -> web.Response:
    tags = request.query.getall("tag", [])
    if not tags:
        return web.json_response([])
    quoted = ", ".join(f"'{t}'" for t in tags)
    async with aiosqlite.connect(DB_PATH) as db:
        cursor = await db.execute(f"SELECT id, title FROM notes WHERE tag IN ({quoted})")  # want "CWE-89"
        rows = await cursor.fetchall()
    return web.json_response([{"id": r[0], "title": r[1]} for r in rows])


app = web.Application()
app.router.add_get("/notes", notes_by_tag)
