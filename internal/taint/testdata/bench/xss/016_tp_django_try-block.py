# xss (CWE-79) TRUE POSITIVE: the value is assigned inside a try block [django].
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request, name):
    try:
        arg = name
    except (KeyError, ValueError):
        arg = "guest"
    html = "<p>Hello, " + arg + "</p>"
    return render(request, "page.html", {"body": mark_safe(html)})  # want "CWE-79"
