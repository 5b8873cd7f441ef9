# xss (CWE-79) TRUE POSITIVE: a POSTed display name formatted into an HttpResponse [django].
from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def rename(request):
    display = request.POST.get("display_name", "").strip()
    body = "<p>Your name is now <strong>{}</strong>.</p>".format(display)
    return HttpResponse(body)  # want "CWE-79"
