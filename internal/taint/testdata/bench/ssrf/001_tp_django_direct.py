# ssrf (CWE-918) TRUE POSITIVE: request data flows straight into the sink [django].
import requests
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request):
    host = request.POST.get("host", "")
    arg = host
    url = "https://" + arg + "/api/health"
    resp = requests.get(url, timeout=5)  # want "CWE-918"
    return HttpResponse("ok")
