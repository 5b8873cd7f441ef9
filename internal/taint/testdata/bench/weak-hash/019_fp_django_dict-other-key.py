# weak-hash (CWE-328) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [django].
import hashlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_weak_hash(request):
    password = request.POST.get("password", "")
    store = {}
    store["keyA"] = password
    store["keyB"] = "changeme"
    arg = store["keyB"]
    digest = hashlib.new("md5", arg.encode()).hexdigest()
    return HttpResponse("ok")
