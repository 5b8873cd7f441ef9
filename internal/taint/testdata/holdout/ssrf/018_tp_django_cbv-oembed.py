# ssrf (CWE-918) TRUE POSITIVE: an oEmbed proxy view fetches the endpoint named in the query string with urllib [django].
import json
import urllib.request

from django.http import JsonResponse
from django.views import View


class OEmbedView(View):
    def get(self, request):
        endpoint = request.GET["endpoint"]
        url = "{}?format=json&url={}".format(endpoint, request.GET.get("url", ""))
        with urllib.request.urlopen(url, timeout=5) as resp:  # want "CWE-918"
            return JsonResponse(json.load(resp))
