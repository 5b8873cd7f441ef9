# ssrf (CWE-918) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [django].
import requests
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request, host):
    num = 106
    arg = "inventory.example.com" if 7 * 18 + num > 200 else host
    url = "https://" + arg + "/api/health"
    resp = requests.post(url, json={"ping": True}, timeout=5)
    return HttpResponse("ok")
