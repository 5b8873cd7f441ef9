# regex (CWE-730) TRUE POSITIVE: request data flows straight into the sink [django].
import re
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_regex(request):
    pattern = request.POST.get("pattern", "")
    arg = pattern
    regex = "^" + arg + "$"
    compiled = re.compile(regex)  # want "CWE-730"
    return HttpResponse("ok")
