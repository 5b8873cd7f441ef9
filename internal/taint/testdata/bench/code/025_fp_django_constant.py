# code (CWE-94) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request):
    expr = request.POST.get("expr", "")
    arg = "1 + 1"
    code = "2 * " + arg
    result = eval(code)
    return HttpResponse("ok")
