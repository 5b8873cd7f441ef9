# code (CWE-94) TRUE POSITIVE: a list index read that holds the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request):
    expr = request.POST.get("expr", "")
    items = ["1 + 1", expr, "1 + 1"]
    arg = items[1]
    code = "total = " + arg
    exec(compile(code, "<calc>", "exec"))  # want "CWE-94"
    return HttpResponse("ok")
