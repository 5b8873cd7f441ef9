# redirect (CWE-601) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request, next_url):
    store = {}
    store["keyA"] = next_url
    store["keyB"] = "/dashboard"
    arg = store["keyA"]
    return redirect(arg)  # want "CWE-601"
