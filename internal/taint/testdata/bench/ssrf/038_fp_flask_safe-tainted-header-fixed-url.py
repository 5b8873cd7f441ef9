# ssrf (CWE-918) FALSE-POSITIVE TRAP: tainted header, fixed URL [flask].
import httpx
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/safe-tainted-header-fixed-url/<host>", methods=["GET", "POST"])
def handle_ssrf(host):
    resp = httpx.get("https://inventory.example.com/api/health", headers={"X-Trace": host}, timeout=5)
    return "ok"
