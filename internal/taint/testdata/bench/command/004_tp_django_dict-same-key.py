# command (CWE-78) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request, host):
    store = {}
    store["keyA"] = host
    store["keyB"] = "localhost"
    arg = store["keyA"]
    cmd = "ping -c 1 " + arg
    subprocess.run(cmd, shell=True, check=False)  # want "CWE-78"
    return HttpResponse("ok")
