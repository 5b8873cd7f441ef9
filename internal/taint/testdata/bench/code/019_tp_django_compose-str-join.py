# code (CWE-94) TRUE POSITIVE: taint through str.join [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request):
    expr = request.POST.get("expr", "")
    code = "".join(["total = ", expr])
    exec(compile(code, "<calc>", "exec"))  # want "CWE-94"
    return HttpResponse("ok")
