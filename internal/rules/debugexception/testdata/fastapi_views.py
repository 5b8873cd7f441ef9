import sys
import traceback

from fastapi import APIRouter, FastAPI, HTTPException
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()
router = APIRouter()


@app.get("/items/{item_id}")
async def read_item(item_id: int):
    try:
        return await fetch(item_id)
    except Exception as e:
        raise HTTPException(status_code=500, detail=str(e))  # want "HTTPException sends the caught exception's text"


@router.post("/items")
async def create_item(item: dict):
    try:
        await store(item)
    except Exception as e:
        return JSONResponse(status_code=500, content={"error": f"{type(e).__name__}: {e}"})  # want "JSONResponse sends the caught exception's text"


@router.delete("/items/{item_id}")
async def delete_item(item_id: int):
    try:
        await remove(item_id)
    except Exception:
        exc_type, exc, _ = sys.exc_info()
        return {"error": str(exc)}  # want "the view returns the caught exception's text"


@app.api_route("/x", methods=["GET"])
def sync_view():
    try:
        work()
    except (KeyError, Exception) as e:
        raise StarletteHTTPException(500, detail=repr(e))  # want "HTTPException sends the caught exception's text"


@app.get("/ok")
async def ok():
    try:
        work()
    except Exception as e:
        traceback.print_exc()
        raise HTTPException(status_code=500, detail="internal error") from e


@app.get("/shadow")
async def shadowed():
    def str(x):
        return "redacted"

    try:
        work()
    except Exception as e:
        return {"error": str(e)}
