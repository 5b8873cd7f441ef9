# command (CWE-78) TRUE POSITIVE: the value is assigned inside a try block [django].
import os
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request, host):
    try:
        arg = host
    except (KeyError, ValueError):
        arg = "localhost"
    cmd = "ping -c 1 " + arg
    os.system(cmd)  # want "CWE-78"
    return HttpResponse("ok")
