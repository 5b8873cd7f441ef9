# code (CWE-94) TRUE POSITIVE: tuple unpacking picks the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request):
    expr = request.POST.get("expr", "")
    first, second = "1 + 1", expr
    arg = second
    code = "2 * " + arg
    result = eval(code)  # want "CWE-94"
    return HttpResponse("ok")
