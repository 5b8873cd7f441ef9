# code (CWE-94) FALSE-POSITIVE TRAP: json.loads instead of eval [django].
import json
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request, expr):
    result = json.loads(expr)
    return HttpResponse("ok")
