# ssrf (CWE-918) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [django].
import requests
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request):
    host = request.POST.get("host", "")
    items = ["inventory.example.com"]
    items.append(host)
    items.pop()
    arg = items[0]
    url = "https://" + arg + "/api/health"
    resp = requests.get(url, timeout=5)
    return HttpResponse("ok")
