# ssrf (CWE-918) FALSE-POSITIVE TRAP: the request value is popped out of a dict before a constant is read [flask].
import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/dict-pop", methods=["GET", "POST"])
def handle_ssrf():
    host = request.form.get("host", "")
    store = {"keyA": "inventory.example.com"}
    store["keyB"] = host
    store.pop("keyB")
    arg = store.get("keyB", store["keyA"])
    url = "https://" + arg + "/api/health"
    with urllib.request.urlopen(url, timeout=5) as resp:
        body = resp.read()
    return "ok"
