# ssrf (CWE-918) FALSE-POSITIVE TRAP: request text is only the JSON payload posted to a constant moderation URL [flask].
import requests
from flask import Flask, request

app = Flask(__name__)
MODERATION_URL = "https://moderation.internal.example/v1/check"


@app.route("/comments", methods=["POST"])
def post_comment():
    text = request.form.get("text", "")
    verdict = requests.post(MODERATION_URL, json={"text": text, "lang": "en"}, timeout=3).json()
    return {"accepted": verdict.get("ok", False)}
