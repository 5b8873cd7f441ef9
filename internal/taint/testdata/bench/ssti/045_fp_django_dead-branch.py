# ssti (CWE-1336) FALSE-POSITIVE TRAP: the compile of request text sits in a branch a constant rules out [django].
from django.http import HttpResponse
from django.template import Context, Template

DEBUG_TEMPLATES = False


def preview(request):
    source = request.POST.get("template", "")
    if DEBUG_TEMPLATES:
        return HttpResponse(Template(source).render(Context({})))
    return HttpResponse("previews are disabled")
