from flask import Flask, request
import os
import shlex
import subprocess as sp

app = Flask(__name__)


@app.route("/a")
def a():
    host = request.args.get("host")
    os.system("ping " + host)  # want "request.args flows to os.system: command injection"
    sp.run(f"ping {host}", shell=True)  # want "request.args flows to subprocess.run"
    os.system("ping " + shlex.quote(host))
    os.system("ping localhost")
    num = 106
    bar = "safe" if 7 * 18 + num > 200 else host
    os.system(bar)
    items = ["ls", host]
    items.pop()
    os.popen(" ".join(items))
    host = "example.org"
    os.system("ping " + host)


def run(cmd):
    os.system(cmd)  # want "request.form flows to os.system"


@app.route("/b", methods=["POST"])
def b():
    run(request.form["cmd"])
    run("uptime")


@app.route("/c")
def c():
    host = request.args["host"]
    sp.run(["ping", "-c", "1", "--", host])
    sp.run(["/bin/sh", "-c", "ping " + host])  # want "request.args flows to subprocess.run"
    sp.run([host])  # want "request.args flows to subprocess.run"
    if host in ("a.example", "b.example"):
        os.system("ping " + host)
