# command (CWE-78) TRUE POSITIVE: a nested function is called with the request value as its argument [django].
import os
from django.http import HttpResponse


def convert(request):
    src = request.GET.get("src", "")

    def run(target):
        os.popen("convert " + target + " out.png")  # want "CWE-78"

    run(src)
    return HttpResponse("ok")
