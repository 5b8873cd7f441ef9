# path (CWE-22) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [django].
import os
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "report.txt"


@require_http_methods(["GET", "POST"])
def handle_path(request):
    filename = request.POST.get("filename", "")
    holder = Holder(filename)
    arg = holder.default
    path = "/srv/app/uploads/" + arg
    os.remove(path)
    return HttpResponse("ok")
