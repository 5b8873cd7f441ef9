# xss (CWE-79) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request):
    name = request.POST.get("name", "")
    arg = "guest"
    html = "<p>Hello, " + arg + "</p>"
    return HttpResponse(html)
