# command (CWE-78) TRUE POSITIVE: options from a JSON body are appended in a loop to an argument list that is joined and run with shell=True [django].
import json
import subprocess
from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def export_report(request):
    payload = json.loads(request.body)
    args = ["/usr/local/bin/report", "--format", "pdf"]
    for opt in payload.get("options", []):
        args.append(opt)
    line = " ".join(args)
    subprocess.call(line, shell=True)  # want "CWE-78"
    return HttpResponse(status=202)
