# ssrf (CWE-918) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [flask].
import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/string-switch-dead", methods=["GET", "POST"])
def handle_ssrf():
    host = request.values.get("host", "")
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = "inventory.example.com"
    else:
        arg = host
    url = "https://" + arg + "/api/health"
    resp = httpx.get(url, timeout=5)
    return "ok"
