# command (CWE-78) FALSE-POSITIVE TRAP: a functools.partial binds a constant command; the query value only picks the timeout [fastapi].
import subprocess
from functools import partial
from fastapi import FastAPI

app = FastAPI()
run_shell = partial(subprocess.run, "df -h /srv", shell=True, capture_output=True, text=True)


@app.get("/disk")
def disk(slow: str = "no"):
    timeout = 30 if slow == "yes" else 5
    return {"df": run_shell(timeout=timeout).stdout}
