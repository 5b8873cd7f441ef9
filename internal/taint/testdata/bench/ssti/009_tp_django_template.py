# ssti (CWE-1336) TRUE POSITIVE: django.template.Template from POST data [django].
from django.http import HttpResponse
from django.template import Context, Template


def preview(request):
    source = request.POST.get("template", "")
    tpl = Template(source)  # want "CWE-1336"
    return HttpResponse(tpl.render(Context({"user": request.user})))
