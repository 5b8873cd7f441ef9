# ssrf (CWE-918) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [flask].
import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/live-ternary", methods=["GET", "POST"])
def handle_ssrf():
    host = request.headers.get("X-Host", "")
    num = 50
    arg = "inventory.example.com" if 7 * 18 + num > 200 else host
    url = "https://" + arg + "/api/health"
    resp = httpx.get(url, timeout=5)  # want "CWE-918"
    return "ok"
