# deserialization (CWE-502) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [django].
import marshal
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.body
    arg = payload.strip()
    code = marshal.loads(arg)  # want "CWE-502"
    return HttpResponse("ok")
