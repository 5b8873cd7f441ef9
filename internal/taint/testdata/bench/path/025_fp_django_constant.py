# path (CWE-22) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
import pathlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request):
    filename = request.POST.get("filename", "")
    arg = "report.txt"
    path = "/srv/app/uploads/" + arg
    text = pathlib.Path(path).read_text()
    return HttpResponse("ok")
