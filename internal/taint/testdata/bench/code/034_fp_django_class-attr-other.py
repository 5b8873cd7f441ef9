# code (CWE-94) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "csv"


@require_http_methods(["GET", "POST"])
def handle_code(request, expr):
    holder = Holder(expr)
    arg = holder.default
    code = "plugins." + arg
    module = __import__(code)
    return HttpResponse("ok")
