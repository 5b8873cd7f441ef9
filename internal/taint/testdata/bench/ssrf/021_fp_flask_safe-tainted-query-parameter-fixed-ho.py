# ssrf (CWE-918) FALSE-POSITIVE TRAP: tainted query parameter, fixed host [flask].
import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssrf/safe-tainted-query-parameter-fixed-ho", methods=["GET", "POST"])
def handle_ssrf():
    host = request.args.get("host", "")
    resp = requests.get("https://inventory.example.com/api/items", params={"q": host}, timeout=5)
    return "ok"
