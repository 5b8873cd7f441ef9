# command (CWE-78) FALSE-POSITIVE TRAP: the host name must fully match a strict character class or the view returns 400 [django].
import re
import subprocess
from django.http import HttpResponse, HttpResponseBadRequest

HOSTNAME = re.compile(r"[A-Za-z0-9.-]{1,253}")


def lookup(request):
    host = request.GET.get("host", "")
    if not HOSTNAME.fullmatch(host):
        return HttpResponseBadRequest("bad host")
    out = subprocess.check_output("nslookup " + host, shell=True, text=True)
    return HttpResponse(out, content_type="text/plain")
