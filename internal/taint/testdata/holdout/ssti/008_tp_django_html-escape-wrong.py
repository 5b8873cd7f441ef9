# ssti (CWE-1336) TRUE POSITIVE: html.escape leaves {{ }} and {% %} intact, so the escaped text still compiles as template code [django].
import html
from django.http import HttpResponse
from django.template import engines


def banner(request):
    text = html.escape(request.GET.get("text", ""))
    engine = engines["django"]
    tpl = engine.from_string("<div class='banner'>" + text + "</div>")  # want "CWE-1336"
    return HttpResponse(tpl.render({}, request))
