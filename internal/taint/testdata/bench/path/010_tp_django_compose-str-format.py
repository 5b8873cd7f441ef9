# path (CWE-22) TRUE POSITIVE: taint through str.format [django].
import pathlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_path(request, filename):
    path = '/srv/app/uploads/{}'.format(filename)
    text = pathlib.Path(path).read_text()  # want "CWE-22"
    return HttpResponse("ok")
