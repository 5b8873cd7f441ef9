# ssrf (CWE-918) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
import httpx
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request, host):
    store = {}
    store["keyA"] = host
    store["keyB"] = "inventory.example.com"
    arg = store["keyA"]
    url = "https://" + arg + "/api/health"
    resp = httpx.get(url, timeout=5)  # want "CWE-918"
    return HttpResponse("ok")
