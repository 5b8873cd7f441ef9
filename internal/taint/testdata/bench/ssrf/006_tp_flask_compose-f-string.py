# ssrf (CWE-918) TRUE POSITIVE: taint through f-string [flask].
import urllib.request
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/compose-f-string", methods=["GET", "POST"])
def handle_ssrf():
    host = request.get_json()["host"]
    url = f"https://{host}/api/health"
    with urllib.request.urlopen(url, timeout=5) as resp:  # want "CWE-918"
        body = resp.read()
    return "ok"
