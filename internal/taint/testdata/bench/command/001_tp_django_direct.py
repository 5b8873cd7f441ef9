# command (CWE-78) TRUE POSITIVE: request data flows straight into the sink [django].
import os
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request):
    host = request.POST.get("host", "")
    arg = host
    cmd = "ping -c 1 " + arg
    os.system(cmd)  # want "CWE-78"
    return HttpResponse("ok")
