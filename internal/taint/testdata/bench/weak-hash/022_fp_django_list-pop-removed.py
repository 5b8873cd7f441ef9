# weak-hash (CWE-328) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from hashlib import md5


@require_http_methods(["GET", "POST"])
def handle_weak_hash(request):
    password = request.POST["password"]
    items = ["changeme"]
    items.append(password)
    items.pop()
    arg = items[0]
    digest = md5(arg.encode("utf-8")).hexdigest()
    return HttpResponse("ok")
