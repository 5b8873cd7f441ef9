# sql (CWE-89) TRUE POSITIVE: a repository method %-formats its argument into SQL; an aiohttp handler passes a query value [aiohttp].
import psycopg2
from aiohttp import web


class UserRepository:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def by_name(self, name):
        cur = self.conn.cursor()
        cur.execute("SELECT id, email FROM accounts WHERE username = '%s'" % name)  # want "CWE-89"
        return cur.fetchone()


repo = UserRepository("dbname=app user=app")


async def profile(request):
    user = repo.by_name(request.query["user"])
    return web.json_response({"user": user})


app = web.Application()
app.router.add_get("/profile", profile)
