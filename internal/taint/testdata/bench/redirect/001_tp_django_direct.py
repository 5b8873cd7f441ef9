# redirect (CWE-601) TRUE POSITIVE: request data flows straight into the sink [django].
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request):
    next_url = request.POST.get("next_url", "")
    arg = next_url
    return HttpResponseRedirect(arg)  # want "CWE-601"
