# command (CWE-78) TRUE POSITIVE: taint through str.format [django].
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request, host):
    cmd = 'ping -c 1 {}'.format(host)
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)  # want "CWE-78"
    proc.wait()
    return HttpResponse("ok")
