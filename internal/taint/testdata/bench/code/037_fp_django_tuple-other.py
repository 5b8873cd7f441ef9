# code (CWE-94) FALSE-POSITIVE TRAP: tuple unpacking picks the constant element [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request):
    expr = request.POST.get("expr", "")
    first, second = "1 + 1", expr
    arg = first
    code = "2 * " + arg
    result = eval(code)
    return HttpResponse("ok")
