# redirect (CWE-601) TRUE POSITIVE: a list index read that holds the request value [django].
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request):
    next_url = request.POST.get("next_url", "")
    items = ["/dashboard", next_url, "/dashboard"]
    arg = items[1]
    return HttpResponseRedirect(arg)  # want "CWE-601"
