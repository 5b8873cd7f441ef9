# ssrf (CWE-918) TRUE POSITIVE: append then pop returns the request value [flask].
import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/list-pop", methods=["GET", "POST"])
def handle_ssrf():
    host = request.values.get("host", "")
    items = []
    items.append("inventory.example.com")
    items.append(host)
    arg = items.pop()
    url = "https://" + arg + "/api/health"
    with httpx.Client() as client:
        resp = client.get(url)  # want "CWE-918"
    return "ok"
