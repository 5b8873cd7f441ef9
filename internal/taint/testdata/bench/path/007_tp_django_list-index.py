# path (CWE-22) TRUE POSITIVE: a list index read that holds the request value [django].
import os
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request):
    filename = request.POST.get("filename", "")
    items = ["report.txt", filename, "report.txt"]
    arg = items[1]
    path = "/srv/app/uploads/" + arg
    os.remove(path)  # want "CWE-22"
    return HttpResponse("ok")
