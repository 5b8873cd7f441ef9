# path (CWE-22) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
from django.http import FileResponse, HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request, filename):
    store = {}
    store["keyA"] = filename
    store["keyB"] = "report.txt"
    arg = store["keyA"]
    path = "/srv/app/uploads/" + arg
    return FileResponse(open(path, "rb"))  # want "CWE-22"
