# ssrf (CWE-918) TRUE POSITIVE: the value is assigned inside a try block [django].
import requests
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request, host):
    try:
        arg = host
    except (KeyError, ValueError):
        arg = "inventory.example.com"
    url = "https://" + arg + "/api/health"
    resp = requests.get(url, timeout=5)  # want "CWE-918"
    return HttpResponse("ok")
