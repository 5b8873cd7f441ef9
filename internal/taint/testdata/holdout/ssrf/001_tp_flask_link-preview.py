# ssrf (CWE-918) TRUE POSITIVE: a link-preview endpoint fetches whatever URL the client posts [flask].
import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/preview", methods=["POST"])
def preview():
    url = request.get_json()["url"]
    resp = requests.get(url, timeout=5, headers={"User-Agent": "preview-bot"})  # want "CWE-918"
    title = resp.text.split("<title>")[-1].split("</title>")[0][:200]
    return jsonify(title=title, status=resp.status_code)
