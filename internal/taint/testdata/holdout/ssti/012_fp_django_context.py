# ssti (CWE-1336) FALSE-POSITIVE TRAP: a constant Django template gets the POSTed text through Context [django].
from django.http import HttpResponse
from django.template import Context, Template

SIGNATURE = Template("<p class='sig'>{{ signature }}</p>")


def preview_signature(request):
    signature = request.POST.get("signature", "")
    return HttpResponse(SIGNATURE.render(Context({"signature": signature})))
