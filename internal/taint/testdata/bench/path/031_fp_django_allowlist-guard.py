# path (CWE-22) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [django].
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_http_methods

ALLOWED = {"report.txt", "summary.csv", "readme.md"}


@require_http_methods(["GET", "POST"])
def handle_path(request):
    filename = request.POST.get("filename", "")
    if filename not in ALLOWED:
        return HttpResponseBadRequest("invalid request")
    arg = filename
    path = "/srv/app/uploads/" + arg
    with open(path) as fh:
        content = fh.read()
    return HttpResponse("ok")
