# deserialization (CWE-502) TRUE POSITIVE: an if statement whose constant condition is true takes the request value [django].
import jsonpickle
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.FILES["upload"].read()
    num = 40
    if (num * 3) - 100 > 0:
        arg = payload
    else:
        arg = b'{"theme": "light"}'
    obj = jsonpickle.decode(arg)  # want "CWE-502"
    return HttpResponse("ok")
