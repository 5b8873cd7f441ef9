# command (CWE-78) FALSE-POSITIVE TRAP: the value is quoted in an inner helper and the command is built and run two calls away [flask].
import shlex
import subprocess
from flask import Flask, request

app = Flask(__name__)


def shell_arg(value):
    return shlex.quote(value.strip())


def build_grep(term, logfile):
    return "grep -F -- {} {}".format(shell_arg(term), logfile)


def search_logs(term):
    return subprocess.run(build_grep(term, "/var/log/app.log"), shell=True, capture_output=True, text=True).stdout


@app.route("/logs/search")
def logs_search():
    return {"matches": search_logs(request.args.get("q", "")).splitlines()}
