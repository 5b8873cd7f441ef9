# command (CWE-78) TRUE POSITIVE: a functools.wraps decorator wraps the helper; the call still reaches its body [fastapi].
import functools
import os
from fastapi import FastAPI

app = FastAPI()


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def restart(service):
    os.system("systemctl restart " + service)  # want "CWE-78"


@app.post("/command/decorator")
def restart_view(service: str):
    restart(service)
    return {"ok": True}
