# ssrf (CWE-918) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [flask].
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/wrong-sanitizer", methods=["GET", "POST"])
def handle_ssrf():
    host = request.form.get("host", "")
    arg = host.strip()
    url = "https://" + arg + "/api/health"
    resp = requests.get(url, timeout=5)  # want "CWE-918"
    return "ok"
