# ssrf (CWE-918) TRUE POSITIVE: tuple unpacking picks the request value [django].
import httpx
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request):
    host = request.POST.get("host", "")
    first, second = "inventory.example.com", host
    arg = second
    url = "https://" + arg + "/api/health"
    with httpx.Client() as client:
        resp = client.get(url)  # want "CWE-918"
    return HttpResponse("ok")
