# ssrf (CWE-918) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [django].
import httpx
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_http_methods

ALLOWED = {"inventory.example.com", "billing.example.com"}


@require_http_methods(["GET", "POST"])
def handle_ssrf(request, host):
    if host not in ALLOWED:
        return HttpResponseBadRequest("invalid request")
    arg = host
    url = "https://" + arg + "/api/health"
    with httpx.Client() as client:
        resp = client.get(url)
    return HttpResponse("ok")
