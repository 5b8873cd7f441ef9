# path (CWE-22) TRUE POSITIVE: the value is assigned inside a try block [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request, filename):
    try:
        arg = filename
    except (KeyError, ValueError):
        arg = "report.txt"
    path = "/srv/app/uploads/" + arg
    with open(path) as fh:  # want "CWE-22"
        content = fh.read()
    return HttpResponse("ok")
