# sql (CWE-89) FALSE-POSITIVE TRAP: a dependency-built dataclass filter is passed to asyncpg as $1/$2 arguments [fastapi].
from dataclasses import dataclass

import asyncpg
from fastapi import Depends, FastAPI, Query

app = FastAPI()


@dataclass
class Filter:
    city: str
    limit: int


def get_filter(city: str = Query(...), limit: int = Query(20, le=100)) -> Filter:
    return Filter(city=city, limit=limit)


@app.get("/venues")
async def venues(f: Filter = Depends(get_filter)):
    conn = await asyncpg.connect("postgresql://app@db/reviews")
    try:
        rows = await conn.fetch("SELECT id, name FROM venues WHERE city = $1 LIMIT $2", f.city, f.limit)
    finally:
        await conn.close()
    return [dict(r) for r in rows]
