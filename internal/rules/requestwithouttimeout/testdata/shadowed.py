import requests


def get(url):  # a local function named get, not requests.get
    return url


get("https://example.com")


class requests_like:
    @staticmethod
    def get(url):
        return url


requests_like.get("https://example.com")
session = object()
session.get("https://example.com")
requests.get("https://example.com", timeout=1)
