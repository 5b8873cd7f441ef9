# ssti (CWE-1336) TRUE POSITIVE: Engine.get_default().from_string on request body text [django].
from django.http import HttpResponse
from django.template import Context, Engine


def render_body(request):
    text = request.body.decode("utf-8")
    tpl = Engine.get_default().from_string(text)  # want "CWE-1336"
    return HttpResponse(tpl.render(Context({})))
