import requests
import urllib.request
from flask import request

ALLOWED = {"https://example.org/a", "https://example.org/b"}


def preview():
    url = request.args["url"]
    requests.get(url)  # want "request.args flows to requests.get: server-side request forgery"
    urllib.request.urlopen(url)  # want "request.args flows to urllib.request.urlopen"
    requests.get("https://example.org/", params={"q": url})
    if url in ALLOWED:
        requests.get(url)
