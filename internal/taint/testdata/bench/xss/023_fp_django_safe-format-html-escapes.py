# xss (CWE-79) FALSE-POSITIVE TRAP: format_html escapes [django].
from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request):
    name = request.headers.get("X-Name", "")
    return HttpResponse(format_html("<p>Hello, {}</p>", name))
