# ssrf (CWE-918) FALSE-POSITIVE TRAP: the host comes from a constant partner table and the id is quoted into one path segment [flask].
from urllib.parse import quote

import requests
from flask import Flask, request, abort

app = Flask(__name__)
PARTNERS = {
    "acme": "https://api.acme.example/",
    "globex": "https://globex.example/api/",
}


@app.route("/orders/<partner>")
def partner_order(partner):
    base = PARTNERS.get(partner)
    if base is None:
        abort(404)
    order_id = quote(request.args.get("id", ""), safe="")
    return requests.get(base + "v1/orders/" + order_id, timeout=5).json()
