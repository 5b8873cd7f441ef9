# ssrf (CWE-918) TRUE POSITIVE: a "test webhook" button posts a sample payload to the URL from the form [django].
import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST

SAMPLE = {"event": "ping", "id": 0}


@require_POST
def test_webhook(request):
    hook_url = request.POST["url"].strip()
    try:
        r = requests.post(hook_url, json=SAMPLE, timeout=3)  # want "CWE-918"
    except requests.RequestException as exc:
        return JsonResponse({"ok": False, "error": str(exc)})
    return JsonResponse({"ok": r.ok})
