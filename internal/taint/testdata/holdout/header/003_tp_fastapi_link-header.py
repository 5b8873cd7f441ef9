# header (CWE-113) TRUE POSITIVE: a cursor query parameter is written into a Link header on the response [fastapi].
from fastapi import FastAPI, Response

app = FastAPI()


def link_header(cursor):
    return '</items?cursor=' + cursor + '>; rel="next"'


@app.get("/items")
def items(response: Response, cursor: str = ""):
    response.headers["Link"] = link_header(cursor)  # want "CWE-113"
    return {"items": []}
