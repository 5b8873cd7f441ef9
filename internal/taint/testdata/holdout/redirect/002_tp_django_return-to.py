# redirect (CWE-601) TRUE POSITIVE: a POSTed return_to field goes straight into HttpResponseRedirect [django].
from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def logout_view(request):
    return_to = request.POST.get("return_to") or "/"
    logout(request)
    return HttpResponseRedirect(return_to)  # want "CWE-601"
