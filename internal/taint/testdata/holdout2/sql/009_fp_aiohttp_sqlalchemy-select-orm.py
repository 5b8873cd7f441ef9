# sql (CWE-89) FALSE-POSITIVE TRAP: SQLAlchemy 2.0 select() with a column comparison; the only text() fragment is a constant [aiohttp].
from aiohttp import web
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from shop.models import Order

engine = create_async_engine("postgresql+asyncpg://app@db/shop")
Session = async_sessionmaker(engine)


async def orders_by_status(request: web.Request) -> web.Response:
    status = request.match_info["status"]
    stmt = select(Order.id, Order.total).where(Order.status == status).order_by(text("created_at DESC"))
    async with Session() as session:
        result = await session.execute(stmt)
    return web.json_response([{"id": i, "total": str(t)} for i, t in result.all()])


app = web.Application()
app.router.add_get("/orders/{status}", orders_by_status)
