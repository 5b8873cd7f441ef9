# ssrf (CWE-918) TRUE POSITIVE: taint through str.format [django].
import requests
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_ssrf(request, host):
    url = 'https://{}/api/health'.format(host)
    resp = requests.post(url, json={"ping": True}, timeout=5)  # want "CWE-918"
    return HttpResponse("ok")
