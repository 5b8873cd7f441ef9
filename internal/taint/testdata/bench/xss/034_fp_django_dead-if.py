# xss (CWE-79) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [django].
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request, name):
    num = 40
    if (num * 3) - 200 > 0:
        arg = name
    else:
        arg = "guest"
    html = "<p>Hello, " + arg + "</p>"
    return render(request, "page.html", {"body": mark_safe(html)})
