# sql (CWE-89) TRUE POSITIVE: a path parameter kept on a repository object is str.format-ted into SQLAlchemy Core text() [starlette].
from sqlalchemy import create_engine, text
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

engine = create_engine("postgresql://app@db/crm")


class AccountRepo:
    def __init__(self, tenant: str):
        self.tenant = tenant

    def active(self):
        sql = "SELECT id, name FROM accounts WHERE tenant = '{}' AND active".format(self.tenant)
        with engine.connect() as conn:
            return conn.execute(text(sql)).all()  # want "CWE-89"


async def accounts(request):
    repo = AccountRepo(request.path_params["tenant"])
    rows = repo.active()
    return JSONResponse([{"id": r.id, "name": r.name} for r in rows])


app = Starlette(routes=[Route("/t/{tenant}/accounts", accounts)])
