# command (CWE-78) TRUE POSITIVE: taint through str.join [django].
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request):
    host = request.POST.get("host", "")
    cmd = "".join(["ping -c 1 ", host])
    subprocess.run(cmd, shell=True, check=False)  # want "CWE-78"
    return HttpResponse("ok")
