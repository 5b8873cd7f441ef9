# sql (CWE-89) FALSE-POSITIVE TRAP: the search term is concatenated into a LIKE pattern that is bound as a parameter, not into the SQL [starlette].
import aiosqlite
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

QUERY = "SELECT id, title FROM articles WHERE title LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT 25"


async def search(request):
    term = request.query_params.get("q", "")
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = "%" + escaped + "%"
    async with aiosqlite.connect("blog.db") as db:
        async with db.execute(QUERY, (pattern,)) as cursor:
            rows = await cursor.fetchall()
    return JSONResponse([{"id": r[0], "title": r[1]} for r in rows])


app = Starlette(routes=[Route("/search", search)])
