# ssrf (CWE-918) TRUE POSITIVE: taint through str.join [django].
import httpx
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request):
    host = request.POST.get("host", "")
    url = "".join(["https://", host, "/api/health"])
    resp = httpx.get(url, timeout=5)  # want "CWE-918"
    return HttpResponse("ok")
