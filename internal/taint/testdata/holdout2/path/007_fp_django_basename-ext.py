# path (CWE-22) FALSE-POSITIVE TRAP: the uploaded file name is reduced with os.path.basename and its extension allow-listed before saving [django].
import os

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

AVATAR_DIR = "/srv/media/avatars"
ALLOWED = {".png", ".jpg", ".jpeg", ".webp"}


@login_required
@require_POST
def upload_avatar(request):
    upload = request.FILES["avatar"]
    stem, ext = os.path.splitext(os.path.basename(upload.name))
    if ext.lower() not in ALLOWED or not stem:
        return JsonResponse({"error": "unsupported file"}, status=400)
    dest = os.path.join(AVATAR_DIR, f"{request.user.pk}-{stem}{ext.lower()}")
    with open(dest, "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    return JsonResponse({"saved": True})
