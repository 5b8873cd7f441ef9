# redirect (CWE-601) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request):
    next_url = request.POST.get("next_url", "")
    arg = "/dashboard"
    return HttpResponseRedirect(arg)
