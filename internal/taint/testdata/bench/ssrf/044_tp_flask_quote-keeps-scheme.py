# ssrf (CWE-918) TRUE POSITIVE: quote told to keep ":" and "/" leaves a whole URL intact [flask].
from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = quote(request.args.get("url", ""), safe=":/?=&")
    body = requests.get(url, timeout=5).text  # want "CWE-918"
    return {"length": len(body)}
