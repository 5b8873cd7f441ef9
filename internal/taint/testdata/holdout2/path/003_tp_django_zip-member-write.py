# path (CWE-22) TRUE POSITIVE: zip member names from an uploaded archive are joined onto the import directory and opened for writing [django].
import os
import zipfile

from django.http import JsonResponse
from django.views.decorators.http import require_POST

IMPORT_ROOT = "/srv/imports"


@require_POST
def import_bundle(request):
    bundle = zipfile.ZipFile(request.FILES["bundle"])
    written = 0
    for info in bundle.infolist():
        if info.is_dir():
            continue
        dest = os.path.join(IMPORT_ROOT, info.filename)
        with open(dest, "wb") as fh:  # want "CWE-22"
            fh.write(bundle.read(info))
        written += 1
    return JsonResponse({"files": written})
