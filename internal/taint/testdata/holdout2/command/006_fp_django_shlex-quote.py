# command (CWE-78) FALSE-POSITIVE TRAP: every request value is passed through shlex.quote before the shell pipeline is built [django].
import shlex
import subprocess

from django.http import JsonResponse


def grep_logs(request):
    pattern = request.GET.get("q", "")
    service = request.GET.get("service", "web")
    cmd = "journalctl -u {} --no-pager | grep -F -- {} | tail -n 100".format(shlex.quote(service), shlex.quote(pattern))
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=10)
    return JsonResponse({"lines": out.stdout.splitlines()})
