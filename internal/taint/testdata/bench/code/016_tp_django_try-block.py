# code (CWE-94) TRUE POSITIVE: the value is assigned inside a try block [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request, expr):
    try:
        arg = expr
    except (KeyError, ValueError):
        arg = "1 + 1"
    code = "result = " + arg
    exec(code)  # want "CWE-94"
    return HttpResponse("ok")
