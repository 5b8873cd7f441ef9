# path (CWE-22) FALSE-POSITIVE TRAP: tuple unpacking picks the constant element [django].
import pathlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request, filename):
    first, second = "report.txt", filename
    arg = first
    path = "/srv/app/uploads/" + arg
    text = pathlib.Path(path).read_text()
    return HttpResponse("ok")
