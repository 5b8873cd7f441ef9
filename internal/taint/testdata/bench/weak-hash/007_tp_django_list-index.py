# weak-hash (CWE-328) TRUE POSITIVE: a list index read that holds the request value [django].
import hashlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_weak_hash(request):
    password = request.POST.get("password", "")
    items = ["changeme", password, "changeme"]
    arg = items[1]
    digest = hashlib.new("md5", arg.encode()).hexdigest()  # want "CWE-328"
    return HttpResponse("ok")
