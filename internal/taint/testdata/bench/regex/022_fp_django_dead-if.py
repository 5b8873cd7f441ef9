# regex (CWE-730) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [django].
import re
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

DOCUMENT = "the quick brown fox jumps over the lazy dog"


@require_http_methods(["GET", "POST"])
def handle_regex(request, pattern):
    num = 40
    if (num * 3) - 200 > 0:
        arg = pattern
    else:
        arg = "[a-z]+"
    regex = "^" + arg + "$"
    match = re.search(regex, DOCUMENT)
    return HttpResponse("ok")
