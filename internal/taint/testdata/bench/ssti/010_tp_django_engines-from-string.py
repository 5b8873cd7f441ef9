# ssti (CWE-1336) TRUE POSITIVE: engines["django"].from_string on a GET parameter [django].
from django.http import HttpResponse
from django.template import engines


def render_notice(request):
    notice = request.GET.get("notice", "")
    tpl = engines["django"].from_string("<b>" + notice + "</b>")  # want "CWE-1336"
    return HttpResponse(tpl.render({}, request))
