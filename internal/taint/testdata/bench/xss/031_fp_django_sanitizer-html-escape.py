# xss (CWE-79) FALSE-POSITIVE TRAP: sanitised with html.escape() [django].
import html
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request):
    name = request.POST.get("name", "")
    arg = html.escape(name)
    page = "<p>Hello, " + arg + "</p>"
    return HttpResponse(page)
