# command (CWE-78) FALSE-POSITIVE TRAP: the decorated helper quotes its argument with shlex.quote [fastapi].
import functools
import os
import shlex
from fastapi import FastAPI

app = FastAPI()


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def restart(service):
    os.system("systemctl restart " + shlex.quote(service))


@app.post("/command/decorator-quoted")
def restart_view(service: str):
    restart(service)
    return {"ok": True}
