# redirect (CWE-601) FALSE-POSITIVE TRAP: an if statement whose constant condition is false holds the request value [django].
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request):
    next_url = request.POST.get("next_url", "")
    num = 40
    if (num * 3) - 200 > 0:
        arg = next_url
    else:
        arg = "/dashboard"
    return HttpResponseRedirect(arg)
