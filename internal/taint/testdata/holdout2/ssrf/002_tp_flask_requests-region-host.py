# ssrf (CWE-918) TRUE POSITIVE: a region query value becomes the host part of a base URL stored on a client object used with requests [flask].
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
session = requests.Session()


class PricingClient:
    def __init__(self, region: str):
        self.base = f"https://{region}.pricing.example.net"

    def price(self, sku: str) -> dict:
        resp = session.get(f"{self.base}/v1/prices", params={"sku": sku}, timeout=3)  # want "CWE-918"
        resp.raise_for_status()
        return resp.json()


@app.get("/price/<sku>")
def price(sku):
    client = PricingClient(request.args.get("region", "eu"))
    return jsonify(client.price(sku))
