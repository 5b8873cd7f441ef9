# regex (CWE-730) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [django].
import re
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

DOCUMENT = "alpha beta gamma delta"


@require_http_methods(["GET", "POST"])
def handle_regex(request, pattern):
    num = 106
    arg = "[a-z]+" if 7 * 18 + num > 200 else pattern
    regex = "^" + arg + "$"
    found = re.findall(regex, DOCUMENT)
    return HttpResponse("ok")
