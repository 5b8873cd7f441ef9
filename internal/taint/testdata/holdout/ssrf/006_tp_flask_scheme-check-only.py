# ssrf (CWE-918) TRUE POSITIVE: checking that the URL starts with http does not restrict the host [flask].
import requests
from flask import Flask, request, abort

app = Flask(__name__)


def download_image(url):
    if not url.lower().startswith(("http://", "https://")):
        abort(400)
    return requests.get(url, timeout=5, stream=True)  # want "CWE-918"


@app.route("/avatar/import", methods=["POST"])
def import_avatar():
    resp = download_image(request.form["avatar_url"])
    return {"bytes": len(resp.content)}
