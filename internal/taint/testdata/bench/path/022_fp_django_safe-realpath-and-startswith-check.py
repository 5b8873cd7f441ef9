# path (CWE-22) FALSE-POSITIVE TRAP: realpath and startswith check [django].
import os
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request, filename):
    full = os.path.realpath(os.path.join("/srv/app/uploads", filename))
    if not full.startswith("/srv/app/uploads" + os.sep):
        return HttpResponseBadRequest("invalid request")
    with open(full) as fh:
        content = fh.read()
    return HttpResponse("ok")
