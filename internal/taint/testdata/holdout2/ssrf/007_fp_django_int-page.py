# ssrf (CWE-918) FALSE-POSITIVE TRAP: only an int()-converted page number from the request goes into a URL on a configured host [django].
import requests
from django.conf import settings
from django.http import JsonResponse


def catalog_page(request):
    try:
        page = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        page = 1
    url = f"{settings.CATALOG_API_URL}/items?page={page}&per_page=50"
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return JsonResponse(resp.json(), safe=False)
