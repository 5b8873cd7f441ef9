# redirect (CWE-601) FALSE-POSITIVE TRAP: url_has_allowed_host_and_scheme guards the redirect [django].
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def logout_view(request):
    return_to = request.POST.get("return_to") or "/"
    if not url_has_allowed_host_and_scheme(return_to, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return_to = "/"
    logout(request)
    return HttpResponseRedirect(return_to)
