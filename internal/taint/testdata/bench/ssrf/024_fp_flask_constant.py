# ssrf (CWE-918) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [flask].
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/constant", methods=["GET", "POST"])
def handle_ssrf():
    host = request.headers.get("X-Host", "")
    arg = "inventory.example.com"
    url = "https://" + arg + "/api/health"
    resp = requests.post(url, json={"ping": True}, timeout=5)
    return "ok"
