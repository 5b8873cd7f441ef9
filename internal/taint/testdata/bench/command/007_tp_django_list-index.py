# command (CWE-78) TRUE POSITIVE: a list index read that holds the request value [django].
import os
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_command(request):
    host = request.POST.get("host", "")
    items = ["localhost", host, "localhost"]
    arg = items[1]
    cmd = "ping -c 1 " + arg
    output = os.popen(cmd).read()  # want "CWE-78"
    return HttpResponse("ok")
