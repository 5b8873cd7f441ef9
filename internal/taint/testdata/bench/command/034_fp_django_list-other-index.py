# command (CWE-78) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [django].
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request, host):
    items = ["localhost", host]
    arg = items[0]
    cmd = "ping -c 1 " + arg
    subprocess.run(cmd, shell=True, check=False)
    return HttpResponse("ok")
