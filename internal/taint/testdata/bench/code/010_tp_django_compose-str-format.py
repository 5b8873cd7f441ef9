# code (CWE-94) TRUE POSITIVE: taint through str.format [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_code(request, expr):
    code = 'plugins.{}'.format(expr)
    module = __import__(code)  # want "CWE-94"
    return HttpResponse("ok")
