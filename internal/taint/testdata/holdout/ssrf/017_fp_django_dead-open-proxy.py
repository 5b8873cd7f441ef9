# ssrf (CWE-918) FALSE-POSITIVE TRAP: the open-proxy branch depends on a constant mode that never selects it [django].
import requests
from django.http import HttpResponse

PROXY_MODE = "closed"
STATUS_PAGE = "https://status.example.com/summary.json"


def proxy(request):
    url = request.GET.get("url", "")
    if PROXY_MODE == "open":
        target = url
    else:
        target = STATUS_PAGE
    r = requests.get(target, timeout=5)
    return HttpResponse(r.content, content_type="application/json")
