# xss (CWE-79) TRUE POSITIVE: a list index read that holds the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request):
    name = request.POST.get("name", "")
    items = ["guest", name, "guest"]
    arg = items[1]
    html = "<p>Hello, " + arg + "</p>"
    return HttpResponse(html)  # want "CWE-79"
