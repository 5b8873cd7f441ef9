# ssrf (CWE-918) TRUE POSITIVE: a helper in the same file passes the value through [flask].
import requests
from flask import Flask, request

app = Flask(__name__)


def normalize(value):
    return value.strip()


@app.route("/ssrf/helper-return", methods=["GET", "POST"])
def handle_ssrf():
    host = request.cookies.get("host", "")
    arg = normalize(host)
    url = "https://" + arg + "/api/health"
    resp = requests.post(url, json={"ping": True}, timeout=5)  # want "CWE-918"
    return "ok"
