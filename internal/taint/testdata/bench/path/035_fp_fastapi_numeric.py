# path (CWE-22) FALSE-POSITIVE TRAP: int() conversion leaves only digits [fastapi].
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse

app = FastAPI()


@app.get("/path/numeric")
def handle_path(request: Request, filename: str = ""):
    arg = str(int(filename))
    path = "/srv/app/uploads/" + arg
    return FileResponse(path)
