# command (CWE-78) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [django].
import os
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_http_methods

ALLOWED = {"localhost", "db.internal", "cache.internal"}


@require_http_methods(["GET", "POST"])
def handle_command(request):
    host = request.POST.get("host", "")
    if host not in ALLOWED:
        return HttpResponseBadRequest("invalid request")
    arg = host
    cmd = "ping -c 1 " + arg
    os.system(cmd)
    return HttpResponse("ok")
