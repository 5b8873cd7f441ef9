# command (CWE-78) FALSE-POSITIVE TRAP: the setter stores the quoted value; the runner uses it later [flask].
import os
import shlex
from flask import Flask, request

app = Flask(__name__)


class Job:
    def __init__(self):
        self.target = "."

    def set_target(self, target):
        self.target = shlex.quote(target)

    def run(self):
        os.system("ls -l " + self.target)


@app.route("/command/setter-quoted")
def job():
    j = Job()
    j.set_target(request.args.get("dir", ""))
    j.run()
    return "ok"
