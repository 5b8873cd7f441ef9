# command (CWE-78) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request):
    host = request.POST.get("host", "")
    arg = "localhost"
    cmd = "ping -c 1 " + arg
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    proc.wait()
    return HttpResponse("ok")
