# path (CWE-22) TRUE POSITIVE: tuple unpacking picks the request value [django].
import shutil
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request):
    filename = request.POST.get("filename", "")
    first, second = "report.txt", filename
    arg = second
    path = "/srv/app/uploads/" + arg
    shutil.copy(path, "/var/backups/latest")  # want "CWE-22"
    return HttpResponse("ok")
