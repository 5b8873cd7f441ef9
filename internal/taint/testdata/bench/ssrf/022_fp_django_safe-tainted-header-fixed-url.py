# ssrf (CWE-918) FALSE-POSITIVE TRAP: tainted header, fixed URL [django].
import httpx
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request, host):
    resp = httpx.get("https://inventory.example.com/api/health", headers={"X-Trace": host}, timeout=5)
    return HttpResponse("ok")
