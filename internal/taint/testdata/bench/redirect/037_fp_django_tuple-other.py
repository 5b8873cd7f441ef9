# redirect (CWE-601) FALSE-POSITIVE TRAP: tuple unpacking picks the constant element [django].
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request):
    next_url = request.POST.get("next_url", "")
    first, second = "/dashboard", next_url
    arg = first
    return HttpResponseRedirect(arg)
