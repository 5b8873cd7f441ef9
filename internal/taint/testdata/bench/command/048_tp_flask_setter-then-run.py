# command (CWE-78) TRUE POSITIVE: one method stores the request value in an attribute, another runs it [flask].
import os
from flask import Flask, request

app = Flask(__name__)


class Job:
    def __init__(self):
        self.command = "true"

    def set_command(self, command):
        self.command = command

    def run(self):
        os.system(self.command)  # want "CWE-78"


@app.route("/command/setter")
def job():
    j = Job()
    j.set_command(request.args.get("cmd", ""))
    j.run()
    return "ok"
