# path (CWE-22) TRUE POSITIVE: request data flows straight into the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request):
    filename = request.POST.get("filename", "")
    arg = filename
    path = "/srv/app/uploads/" + arg
    with open(path) as fh:  # want "CWE-22"
        content = fh.read()
    return HttpResponse("ok")
