# ssrf (CWE-918) TRUE POSITIVE: an API client object is built with a base URL taken from a request header [django].
import requests
from django.http import JsonResponse


class InventoryClient:
    def __init__(self, base_url):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()

    def stock(self, sku):
        return self.session.get(self.base_url + "/stock/" + sku, timeout=4).json()  # want "CWE-918"


def stock_view(request, sku):
    upstream = request.headers.get("X-Inventory-Upstream", "https://inventory.internal")
    client = InventoryClient(upstream)
    return JsonResponse(client.stock(sku))
