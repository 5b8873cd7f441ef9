# command (CWE-78) FALSE-POSITIVE TRAP: tuple unpacking picks the constant element [django].
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request, host):
    first, second = "localhost", host
    arg = first
    cmd = "ping -c 1 " + arg
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    proc.wait()
    return HttpResponse("ok")
