# ssrf (CWE-918) FALSE POSITIVE look-alike: quote encodes ":" and "@", so the value cannot name another scheme or host [flask].
from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)
API = "https://inventory.internal.example/v2/items/"


@app.route("/item")
def item():
    item = requests.get(API + quote(request.args.get("sku", ""), safe=""), timeout=5).json()
    return {"name": item.get("name")}
