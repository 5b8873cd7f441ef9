# path (CWE-22) TRUE POSITIVE: taint through str.join [django].
from django.http import FileResponse, HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request):
    filename = request.POST.get("filename", "")
    path = "".join(["/srv/app/uploads/", filename])
    return FileResponse(open(path, "rb"))  # want "CWE-22"
