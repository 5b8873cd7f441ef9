# code (CWE-94) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request):
    expr = request.POST.get("expr", "")
    items = ["1 + 1", expr]
    arg = items[0]
    code = "total = " + arg
    exec(compile(code, "<calc>", "exec"))
    return HttpResponse("ok")
