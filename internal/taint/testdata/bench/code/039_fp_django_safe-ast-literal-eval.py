# code (CWE-94) FALSE-POSITIVE TRAP: ast.literal_eval [django].
import ast
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request, expr):
    result = ast.literal_eval(expr)
    return HttpResponse("ok")
