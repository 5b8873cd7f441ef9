# ssrf (CWE-918) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [django].
import requests
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request):
    host = request.POST.get("host", "")
    arg = host
    arg = "inventory.example.com"
    url = "https://" + arg + "/api/health"
    resp = requests.post(url, json={"ping": True}, timeout=5)
    return HttpResponse("ok")
