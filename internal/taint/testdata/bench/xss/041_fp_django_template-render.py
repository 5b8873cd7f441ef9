# xss (CWE-79) FALSE POSITIVE look-alike: a Django template autoescapes the request value it renders [django].
from django.http import HttpResponse
from django.template import Context, Template

CARD = Template("<div class='card'>{{ title }}</div>")


def card(request):
    return HttpResponse(CARD.render(Context({"title": request.GET.get("title", "")})))
