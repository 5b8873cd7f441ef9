# redirect (CWE-601) FALSE-POSITIVE TRAP: the "next" value is checked with url_has_allowed_host_and_scheme and replaced when it fails [django].
from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def sign_out(request):
    logout(request)
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = settings.LOGOUT_REDIRECT_URL
    return redirect(target)
