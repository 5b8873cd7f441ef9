# weak-hash (CWE-328) TRUE POSITIVE: a helper in the same file passes the value through [flask].
from flask import Flask, request
from hashlib import md5

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/weak-hash/helper-return", methods=["GET", "POST"])
def handle_weak_hash():
    password = request.get_json()["password"]
    arg = normalize(password)
    digest = md5(arg.encode("utf-8")).hexdigest()  # want "CWE-328"
    return "ok"
