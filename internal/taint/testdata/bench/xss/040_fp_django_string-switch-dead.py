# xss (CWE-79) FALSE-POSITIVE TRAP: constant string indexing selects the constant branch [django].
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xss(request, name):
    guess = "ABC"
    switch = guess[1]
    if switch == "B":
        arg = "guest"
    else:
        arg = name
    html = "<p>Hello, " + arg + "</p>"
    return render(request, "page.html", {"body": mark_safe(html)})
