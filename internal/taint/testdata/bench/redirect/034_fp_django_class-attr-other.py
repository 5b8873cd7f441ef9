# redirect (CWE-601) FALSE-POSITIVE TRAP: the object holds the request value in another attribute [django].
from django.http import HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods


class Holder:
    def __init__(self, value):
        self.value = value
        self.default = "/dashboard"


@require_http_methods(["GET", "POST"])
def handle_redirect(request, next_url):
    holder = Holder(next_url)
    arg = holder.default
    return redirect(arg)
