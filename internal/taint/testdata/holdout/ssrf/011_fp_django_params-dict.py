# ssrf (CWE-918) FALSE-POSITIVE TRAP: the search term is sent as a query parameter to a fixed API URL [django].
import requests
from django.conf import settings
from django.http import JsonResponse

GEOCODER = "https://geocoder.example.com/v2/search"


def geocode(request):
    q = request.GET.get("q", "")
    r = requests.get(GEOCODER, params={"q": q, "key": settings.GEOCODER_KEY}, timeout=5)
    return JsonResponse(r.json())
