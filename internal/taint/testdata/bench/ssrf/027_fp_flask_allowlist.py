# ssrf (CWE-918) FALSE-POSITIVE TRAP: allow-list membership test before use [flask].
import httpx
from flask import Flask, request

app = Flask(__name__)
ALLOWED = {"inventory.example.com", "billing.example.com"}


@app.route("/ssrf/allowlist", methods=["GET", "POST"])
def handle_ssrf():
    host = request.get_json()["host"]
    if host in ALLOWED:
        arg = host
    else:
        arg = "inventory.example.com"
    url = "https://" + arg + "/api/health"
    with httpx.Client() as client:
        resp = client.get(url)
    return "ok"
