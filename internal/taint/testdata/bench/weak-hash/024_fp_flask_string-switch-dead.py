# weak-hash (CWE-328) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [flask].
import hashlib
from flask import Flask, request

app = Flask(__name__)


@app.route("/weak-hash/string-switch-dead", methods=["GET", "POST"])
def handle_weak_hash():
    password = request.form["password"]
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = "changeme"
    else:
        arg = password
    digest = hashlib.md5(arg.encode()).hexdigest()
    return "ok"
