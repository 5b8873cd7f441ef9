# xss (CWE-79) FALSE-POSITIVE TRAP: autoescaped Django template [django].
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request, name):
    return render(request, "hello.html", {"name": name})
