# redirect (CWE-601) TRUE POSITIVE: the value is assigned inside a try block [django].
from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request, next_url):
    try:
        arg = next_url
    except (KeyError, ValueError):
        arg = "/dashboard"
    return redirect(arg)  # want "CWE-601"
