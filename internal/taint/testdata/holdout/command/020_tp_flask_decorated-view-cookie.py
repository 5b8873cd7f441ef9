# command (CWE-78) TRUE POSITIVE: behind a functools.wraps auth decorator, a cookie value reaches subprocess with shell=True [flask].
import functools
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)


def require_token(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if request.headers.get("X-Token") != "t0ken":
            abort(403)
        return view(*args, **kwargs)
    return wrapper


@app.route("/printer/status")
@require_token
def printer_status():
    printer = request.cookies.get("printer", "default")
    return subprocess.check_output("lpstat -p " + printer, shell=True, text=True)  # want "CWE-78"
