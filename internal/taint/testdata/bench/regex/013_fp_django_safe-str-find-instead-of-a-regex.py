# regex (CWE-730) FALSE-POSITIVE TRAP: str.find instead of a regex [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods

DOCUMENT = "the quick brown fox"


@require_http_methods(["GET", "POST"])
def handle_regex(request):
    pattern = request.POST.get("pattern", "")
    match = DOCUMENT.find(pattern)
    return HttpResponse("ok")
