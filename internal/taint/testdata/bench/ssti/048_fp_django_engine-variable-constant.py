# ssti (CWE-1336) FALSE POSITIVE look-alike: the engine in a variable compiles a constant template; request data is only context [django].
from django.http import HttpResponse
from django.template import engines

GREETING = "<p>Hello {{ name }}</p>"


def greet(request):
    django_engine = engines["django"]
    template = django_engine.from_string(GREETING)
    return HttpResponse(template.render({"name": request.GET.get("name", "")}, request))
