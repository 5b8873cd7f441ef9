# xss (CWE-79) TRUE POSITIVE: taint through str.format [django].
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request, name):
    html = '<p>Hello, {}</p>'.format(name)
    return render(request, "page.html", {"body": mark_safe(html)})  # want "CWE-79"
