# command (CWE-78) FALSE-POSITIVE TRAP: the method called on an instance runs its object's constant attribute [flask].
import subprocess
from flask import Flask, request

app = Flask(__name__)


class Service:
    def __init__(self):
        self.name = "nginx"

    def status(self, requester):
        print("status asked by", requester)
        return subprocess.call("systemctl status " + self.name, shell=True)


@app.route("/command/method-constant")
def status():
    Service().status(request.args.get("who", ""))
    return "ok"
