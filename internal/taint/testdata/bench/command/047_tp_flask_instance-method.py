# command (CWE-78) TRUE POSITIVE: a method of a project class runs its argument, called on an instance [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


class Git:
    def __init__(self, repo):
        self.repo = repo

    def checkout(self, branch):
        subprocess.call("cd " + self.repo + " && git checkout " + branch, shell=True)  # want "CWE-78"


@app.route("/command/method")
def checkout():
    git = Git("/srv/app")
    git.checkout(request.args.get("branch", "main"))
    return "ok"
