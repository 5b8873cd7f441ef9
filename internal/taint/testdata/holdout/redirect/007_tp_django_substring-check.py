# redirect (CWE-601) TRUE POSITIVE: a substring test for the site's domain accepts https://example.com.evil.io/ [django].
from django.shortcuts import redirect


def after_payment(request):
    url = request.GET.get("redirect_uri", "/")
    if "example.com" not in url:
        url = "/"
    return redirect(url)  # want "CWE-601"
