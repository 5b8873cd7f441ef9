# command (CWE-78) FALSE-POSITIVE TRAP: shlex.quote inline [django].
import os
import shlex
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request, host):
    os.system("ping -c 1 " + shlex.quote(host))
    return HttpResponse("ok")
