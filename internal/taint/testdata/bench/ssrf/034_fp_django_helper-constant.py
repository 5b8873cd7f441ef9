# ssrf (CWE-918) FALSE-POSITIVE TRAP: a helper in the same file ignores its argument and returns a constant [django].
import httpx
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


def pick(requested):
    return "inventory.example.com"


@require_http_methods(["GET", "POST"])
def handle_ssrf(request, host):
    arg = pick(host)
    url = "https://" + arg + "/api/health"
    resp = httpx.get(url, timeout=5)
    return HttpResponse("ok")
