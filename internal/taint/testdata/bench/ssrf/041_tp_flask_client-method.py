# ssrf (CWE-918) TRUE POSITIVE: a client class fetches the URL the request gives [flask].
import requests
from flask import Flask, request

app = Flask(__name__)


class Fetcher:
    def fetch(self, url):
        return requests.get(url, timeout=5).text  # want "CWE-918"


@app.route("/ssrf/method")
def preview():
    return Fetcher().fetch(request.args.get("url", ""))
