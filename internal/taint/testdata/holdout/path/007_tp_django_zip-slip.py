# path (CWE-22) TRUE POSITIVE: member names of an uploaded zip are joined under the destination and written (zip slip) [django].
import os
import zipfile
from django.http import JsonResponse

DEST = "/srv/app/themes"


def upload_theme(request):
    archive = zipfile.ZipFile(request.FILES["theme"])
    written = []
    for member in archive.namelist():
        if member.endswith("/"):
            continue
        target = os.path.join(DEST, member)
        with open(target, "wb") as out:  # want "CWE-22"
            out.write(archive.read(member))
        written.append(member)
    return JsonResponse({"files": written})
