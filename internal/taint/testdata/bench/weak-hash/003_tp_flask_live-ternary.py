# weak-hash (CWE-328) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/weak-hash/live-ternary", methods=["GET", "POST"])
def handle_weak_hash():
    password = request.get_json()["password"]
    num = 50
    arg = "changeme" if 7 * 18 + num > 200 else password
    digest = hashlib.sha1(arg.encode()).hexdigest()  # want "CWE-328"
    return "ok"
