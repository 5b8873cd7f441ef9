# weak-hash (CWE-328) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [django].
import hashlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_weak_hash(request):
    password = request.POST["password"]
    num = 106
    arg = "changeme" if 7 * 18 + num > 200 else password
    digest = hashlib.sha1(arg.encode()).hexdigest()
    return HttpResponse("ok")
