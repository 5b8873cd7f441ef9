# sql (CWE-89) FALSE-POSITIVE TRAP: text() with a named bind parameter, the value passed separately [aiohttp].
from aiohttp import web
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///app.db")
FIND_USER = text("SELECT id, email FROM users WHERE username = :name")


async def find_user(request):
    name = request.query.get("name", "")
    with engine.connect() as conn:
        row = conn.execute(FIND_USER, {"name": name}).first()
    return web.json_response({"found": row is not None})


app = web.Application()
app.router.add_get("/users/find", find_user)
