# path (CWE-22) TRUE POSITIVE: a single replace("../", "") pass is bypassed by "....//" [django].
import os
from django.conf import settings
from django.http import FileResponse, Http404


def _strip_traversal(name):
    return name.replace("../", "")


def attachment(request):
    name = _strip_traversal(request.GET.get("name", ""))
    full = os.path.join(settings.MEDIA_ROOT, "attachments", name)
    if not os.path.exists(full):
        raise Http404()
    return FileResponse(open(full, "rb"))  # want "CWE-22"
