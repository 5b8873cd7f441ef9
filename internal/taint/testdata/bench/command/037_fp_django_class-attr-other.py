# command (CWE-78) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [django].
import os
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "localhost"


@require_http_methods(["GET", "POST"])
def handle_command(request):
    host = request.POST.get("host", "")
    holder = Holder(host)
    arg = holder.default
    cmd = "ping -c 1 " + arg
    output = os.popen(cmd).read()
    return HttpResponse("ok")
