# xss (CWE-79) TRUE POSITIVE: taint through str.join [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request):
    name = request.POST.get("name", "")
    html = "".join(["<p>Hello, ", name, "</p>"])
    return HttpResponse(html)  # want "CWE-79"
