# deserialization (CWE-502) FALSE-POSITIVE TRAP: the request value is appended and popped off before the list is read [django].
import marshal
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.FILES["upload"].read()
    items = [marshal.dumps(42)]
    items.append(payload)
    items.pop()
    arg = items[0]
    code = marshal.loads(arg)
    return HttpResponse("ok")
