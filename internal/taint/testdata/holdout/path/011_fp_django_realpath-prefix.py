# path (CWE-22) FALSE-POSITIVE TRAP: the joined path is resolved with realpath and must stay under the base directory [django].
import os
from django.http import FileResponse, Http404

BASE = os.path.realpath("/srv/app/attachments")


def attachment(request):
    name = request.GET.get("name", "")
    full = os.path.realpath(os.path.join(BASE, name))
    if not full.startswith(BASE + os.sep):
        raise Http404()
    return FileResponse(open(full, "rb"))
