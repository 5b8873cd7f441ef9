# ssrf (CWE-918) TRUE POSITIVE: an if statement whose constant condition is true takes the request value [flask].
import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/live-if/<host>", methods=["GET", "POST"])
def handle_ssrf(host):
    num = 40
    if (num * 3) - 100 > 0:
        arg = host
    else:
        arg = "inventory.example.com"
    url = "https://" + arg + "/api/health"
    resp = httpx.get(url, timeout=5)  # want "CWE-918"
    return "ok"
