# ssti (CWE-1336) TRUE POSITIVE: the Django engine is fetched into a variable before compiling request text [django].
from django.http import HttpResponse
from django.template import engines


def preview(request):
    django_engine = engines["django"]
    template = django_engine.from_string(request.POST.get("body", ""))  # want "CWE-1336"
    return HttpResponse(template.render({}, request))
