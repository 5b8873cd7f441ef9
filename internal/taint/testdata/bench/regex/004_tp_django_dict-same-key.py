# regex (CWE-730) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
import re
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

DOCUMENT = "the quick brown fox jumps over the lazy dog"


@require_http_methods(["GET", "POST"])
def handle_regex(request, pattern):
    store = {}
    store["keyA"] = pattern
    store["keyB"] = "[a-z]+"
    arg = store["keyA"]
    regex = "^" + arg + "$"
    match = re.search(regex, DOCUMENT)  # want "CWE-730"
    return HttpResponse("ok")
