# ssrf (CWE-918) TRUE POSITIVE: an avatar URL from the profile form is downloaded with urllib.request.urlopen after a scheme-only check [django].
import urllib.request

from django.contrib.auth.decorators import login_required
from django.core.files.base import ContentFile
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def import_avatar(request):
    url = request.POST.get("avatar_url", "").strip()
    if not url.startswith(("http://", "https://")):
        return JsonResponse({"error": "unsupported scheme"}, status=400)
    with urllib.request.urlopen(url, timeout=5) as resp:  # want "CWE-918"
        data = resp.read(2_000_000)
    request.user.profile.avatar.save("avatar.png", ContentFile(data))
    return JsonResponse({"ok": True})
