# command (CWE-78) TRUE POSITIVE: a thumbnail size from POST data reaches os.system through a helper function [django].
import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST

MEDIA = "/srv/media"


def make_thumbnail(image_id: int, size: str) -> int:
    src = os.path.join(MEDIA, f"{image_id}.jpg")
    dst = os.path.join(MEDIA, f"{image_id}_thumb.jpg")
    return os.system("convert %s -resize %s %s" % (src, size, dst))  # want "CWE-78"


@require_POST
def thumbnail(request, image_id: int):
    size = request.POST.get("size", "128x128")
    status = make_thumbnail(image_id, size)
    return JsonResponse({"ok": status == 0})
