# ssrf (CWE-918) TRUE POSITIVE: a fixed origin without a trailing slash, so "@evil.host/" in the suffix changes the host [flask].
import requests
from flask import Flask, request

app = Flask(__name__)
API_ORIGIN = "https://api.partner.example"


@app.route("/partner/proxy")
def partner_proxy():
    path = request.args.get("path", "/v1/health")
    r = requests.get(API_ORIGIN + path, timeout=5)  # want "CWE-918"
    return r.text, r.status_code
