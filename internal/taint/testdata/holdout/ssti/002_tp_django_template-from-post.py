# ssti (CWE-1336) TRUE POSITIVE: a "custom signature" feature compiles the POSTed text as a Django template [django].
from django.http import HttpResponse
from django.template import Context, Template


def preview_signature(request):
    source = request.POST.get("signature", "")
    template = Template(source)  # want "CWE-1336"
    html = template.render(Context({"user": request.user}))
    return HttpResponse(html)
