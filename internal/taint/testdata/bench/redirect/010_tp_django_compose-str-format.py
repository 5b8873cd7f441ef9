# redirect (CWE-601) TRUE POSITIVE: taint through str.format [django].
from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request, next_url):
    target = '{}'.format(next_url)
    return redirect(target)  # want "CWE-601"
