# ssrf (CWE-918) FALSE-POSITIVE TRAP: the URL's scheme, exact host and port are checked against an allow-list with urlparse before fetching [flask].
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.github.com", "gitlab.com", "bitbucket.org"}


@app.post("/repos/inspect")
def inspect_repo():
    url = str(request.get_json(force=True).get("url", ""))
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS or parts.port not in (None, 443):
        abort(400)
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return jsonify(status=resp.status_code, size=len(resp.content))
