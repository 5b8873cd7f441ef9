# regex (CWE-730) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [django].
import re
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_regex(request):
    pattern = request.POST.get("pattern", "")
    store = {}
    store["keyA"] = pattern
    store["keyB"] = "[a-z]+"
    arg = store["keyB"]
    regex = "^" + arg + "$"
    compiled = re.compile(regex)
    return HttpResponse("ok")
