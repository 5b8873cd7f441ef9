# xss (CWE-79) TRUE POSITIVE: request data flows straight into the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request):
    name = request.POST.get("name", "")
    arg = name
    html = "<p>Hello, " + arg + "</p>"
    return HttpResponse(html)  # want "CWE-79"
