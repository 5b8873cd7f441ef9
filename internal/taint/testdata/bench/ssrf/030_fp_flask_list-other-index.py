# ssrf (CWE-918) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [flask].
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/list-other-index", methods=["GET", "POST"])
def handle_ssrf():
    host = request.cookies.get("host", "")
    items = ["inventory.example.com", host]
    arg = items[0]
    url = "https://" + arg + "/api/health"
    resp = requests.get(url, timeout=5)
    return "ok"
