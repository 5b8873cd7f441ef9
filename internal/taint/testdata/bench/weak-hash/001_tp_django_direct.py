# weak-hash (CWE-328) TRUE POSITIVE: request data flows straight into the sink [django].
import hashlib
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_weak_hash(request):
    password = request.POST.get("password", "")
    arg = password
    digest = hashlib.md5(arg.encode()).hexdigest()  # want "CWE-328"
    return HttpResponse("ok")
