# command (CWE-78) TRUE POSITIVE: the value travels through an object attribute [fastapi].
import os
from fastapi import FastAPI, Header, Request

app = FastAPI()


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "localhost"


@app.get("/command/class-attr")
def handle_command(request: Request, host: str = Header("")):
    holder = Holder(host)
    arg = holder.value
    cmd = "ping -c 1 " + arg
    output = os.popen(cmd).read()  # want "CWE-78"
    return {"status": "ok"}
