# xss (CWE-79) FALSE-POSITIVE TRAP: the request value is returned inside a JSON document, not HTML [fastapi].
from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/echo")
def echo(msg: str = ""):
    return JSONResponse({"message": "<b>" + msg + "</b>", "length": len(msg)})
