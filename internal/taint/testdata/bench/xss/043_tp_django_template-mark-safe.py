# xss (CWE-79) TRUE POSITIVE: the value is marked safe before the template renders it, so autoescape is off for it [django].
from django.http import HttpResponse
from django.template import Context, Template
from django.utils.safestring import mark_safe

CARD = Template("<div class='card'>{{ title }}</div>")


def card(request):
    title = mark_safe(request.GET.get("title", ""))  # want "CWE-79"
    return HttpResponse(CARD.render(Context({"title": title})))
