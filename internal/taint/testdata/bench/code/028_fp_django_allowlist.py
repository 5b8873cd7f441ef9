# code (CWE-94) FALSE-POSITIVE TRAP: allow-list membership test before use [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

ALLOWED = {"1 + 1", "2 * 3", "10 / 2"}


@require_http_methods(["GET", "POST"])
def handle_code(request, expr):
    if expr in ALLOWED:
        arg = expr
    else:
        arg = "1 + 1"
    code = "result = " + arg
    exec(code)
    return HttpResponse("ok")
