import os

import fastapi
import uvicorn
from fastapi import FastAPI
from litestar import Litestar
from starlette.applications import Starlette
from starlette.middleware.errors import ServerErrorMiddleware

DEBUG = True

app = FastAPI(debug=True)  # want "FastAPI\\(debug=True\\) returns a page with the traceback"
app = fastapi.FastAPI(title="x", debug=DEBUG)  # want "FastAPI\\(debug=True\\)"
app = FastAPI(debug=False)
app = FastAPI(debug=os.environ.get("APP_DEBUG") == "1")
app = FastAPI()
app = FastAPI(True)  # FastAPI takes debug only as a keyword

star = Starlette(debug=True)  # want "Starlette\\(debug=True\\)"
star = Starlette(True, routes=[])  # want "Starlette\\(debug=True\\)"
star = Starlette(routes=[])
star.debug = True  # want "app.debug = True returns a page with the traceback"
star.debug = False

api = FastAPI()
api.debug = 1  # want "app.debug = True"

lite = Litestar(route_handlers=[], debug=True)  # want "Litestar\\(debug=True\\)"
wrapped = ServerErrorMiddleware(star, None, True)  # want "ServerErrorMiddleware\\(debug=True\\)"
wrapped = ServerErrorMiddleware(star, debug=False)

uvicorn.run(app, reload=True)


class Config:
    debug = True


conf = Config()
conf.debug = True

if os.environ.get("DEV"):
    app = FastAPI(debug=True)
app = FastAPI(debug=True) if os.environ.get("DEV") else FastAPI()
