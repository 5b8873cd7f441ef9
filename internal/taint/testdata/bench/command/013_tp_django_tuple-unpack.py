# command (CWE-78) TRUE POSITIVE: tuple unpacking picks the request value [django].
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request):
    host = request.POST.get("host", "")
    first, second = "localhost", host
    arg = second
    cmd = "ping -c 1 " + arg
    subprocess.check_output(["/bin/sh", "-c", cmd])  # want "CWE-78"
    return HttpResponse("ok")
