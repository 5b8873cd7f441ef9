# weak-hash (CWE-328) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
import hashlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_weak_hash(request):
    password = request.POST["password"]
    store = {}
    store["keyA"] = password
    store["keyB"] = "changeme"
    arg = store["keyA"]
    digest = hashlib.sha1(arg.encode()).hexdigest()  # want "CWE-328"
    return HttpResponse("ok")
