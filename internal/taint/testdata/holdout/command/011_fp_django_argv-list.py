# command (CWE-78) FALSE-POSITIVE TRAP: the request value is one element of an argv list run without a shell [django].
import os
import subprocess
from django.conf import settings
from django.http import FileResponse


def convert(request):
    name = os.path.basename(request.GET.get("file", ""))
    src = os.path.join(settings.MEDIA_ROOT, "uploads", name)
    subprocess.run(["convert", "--", src, "/tmp/preview.png"], check=True, timeout=30)
    return FileResponse(open("/tmp/preview.png", "rb"), content_type="image/png")
