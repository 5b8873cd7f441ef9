# code (CWE-94) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request, expr):
    store = {}
    store["keyA"] = expr
    store["keyB"] = "1 + 1"
    arg = store["keyA"]
    code = "result = " + arg
    exec(code)  # want "CWE-94"
    return HttpResponse("ok")
