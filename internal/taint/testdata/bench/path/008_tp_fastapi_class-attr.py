# path (CWE-22) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import os
from fastapi import FastAPI, Header, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "report.txt"


@app.get("/path/class-attr")
def handle_path(request: Request, filename: str = Header("")):
    holder = Holder(filename)
    arg = holder.value
    path = "/srv/app/uploads/" + arg
    os.remove(path)  # want "CWE-22"
    return {"status": "ok"}
