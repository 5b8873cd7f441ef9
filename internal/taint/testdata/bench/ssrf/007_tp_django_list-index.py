# ssrf (CWE-918) TRUE POSITIVE: a list index read that holds the request value [django].
import urllib.request
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request):
    host = request.POST.get("host", "")
    items = ["inventory.example.com", host, "inventory.example.com"]
    arg = items[1]
    url = "https://" + arg + "/api/health"
    with urllib.request.urlopen(url, timeout=5) as resp:  # want "CWE-918"
        body = resp.read()
    return HttpResponse("ok")
