# weak-hash (CWE-328) FALSE-POSITIVE TRAP: md5 of a constant asset [flask].
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/weak-hash/safe-md5-of-a-constant-asset", methods=["GET", "POST"])
def handle_weak_hash():
    password = request.get_json()["password"]
    etag = hashlib.md5(b"static asset v3", usedforsecurity=False).hexdigest()
    _ = len(password)
    return "ok"
