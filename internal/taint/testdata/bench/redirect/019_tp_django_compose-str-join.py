# redirect (CWE-601) TRUE POSITIVE: taint through str.join [django].
from django.http import HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_redirect(request):
    next_url = request.POST.get("next_url", "")
    target = "".join([next_url])
    return HttpResponseRedirect(target)  # want "CWE-601"
