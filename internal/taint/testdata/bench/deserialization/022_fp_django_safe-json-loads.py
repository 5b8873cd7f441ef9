# deserialization (CWE-502) FALSE-POSITIVE TRAP: json.loads [django].
import json
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.body
    obj = json.loads(payload)
    return HttpResponse("ok")
