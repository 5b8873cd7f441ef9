# path (CWE-22) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [django].
from django.http import FileResponse, HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request, filename):
    items = ["report.txt", filename]
    arg = items[0]
    path = "/srv/app/uploads/" + arg
    return FileResponse(open(path, "rb"))
