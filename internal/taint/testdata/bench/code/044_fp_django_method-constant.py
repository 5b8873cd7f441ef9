# code (CWE-94) FALSE-POSITIVE TRAP: the method evals its object's constant expression; the request value is only stored [django].
from django.http import HttpResponse


class Formula:
    def __init__(self):
        self.expr = "2 * 21"

    def value(self, label):
        return label + "=" + str(eval(self.expr))


def formula(request):
    return HttpResponse(Formula().value(request.GET.get("label", "x")))
