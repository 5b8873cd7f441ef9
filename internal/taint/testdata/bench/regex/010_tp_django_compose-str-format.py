# regex (CWE-730) TRUE POSITIVE: taint through str.format [django].
import re
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_regex(request, pattern):
    regex = '^{}$'.format(pattern)
    compiled = re.compile(regex)  # want "CWE-730"
    return HttpResponse("ok")
