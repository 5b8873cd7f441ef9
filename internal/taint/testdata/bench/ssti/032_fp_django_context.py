# ssti (CWE-1336) FALSE-POSITIVE TRAP: a constant Django template rendered with a Context holding POST data [django].
from django.http import HttpResponse
from django.template import Context, Template

NOTICE = "<b>{{ notice }}</b>"


def render_notice(request):
    notice = request.POST.get("notice", "")
    tpl = Template(NOTICE)
    return HttpResponse(tpl.render(Context({"notice": notice})))
