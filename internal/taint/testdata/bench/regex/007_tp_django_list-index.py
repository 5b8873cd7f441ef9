# regex (CWE-730) TRUE POSITIVE: a list index read that holds the request value [django].
import re
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

DOCUMENT = "alpha beta gamma delta"


@require_http_methods(["GET", "POST"])
def handle_regex(request):
    pattern = request.POST.get("pattern", "")
    items = ["[a-z]+", pattern, "[a-z]+"]
    arg = items[1]
    regex = "^" + arg + "$"
    found = re.findall(regex, DOCUMENT)  # want "CWE-730"
    return HttpResponse("ok")
