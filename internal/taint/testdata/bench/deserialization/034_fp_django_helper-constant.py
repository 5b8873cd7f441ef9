# deserialization (CWE-502) FALSE-POSITIVE TRAP: a helper in the same file ignores its argument and returns a constant [django].
import jsonpickle
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


def pick(requested):
    return b'{"theme": "light"}'


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.body
    arg = pick(payload)
    obj = jsonpickle.decode(arg)
    return HttpResponse("ok")
