# command (CWE-78) FALSE-POSITIVE TRAP: sanitised with shlex.quote() [django].
import shlex
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request, host):
    arg = shlex.quote(host)
    cmd = "ping -c 1 " + arg
    subprocess.check_output(["/bin/sh", "-c", cmd])
    return HttpResponse("ok")
