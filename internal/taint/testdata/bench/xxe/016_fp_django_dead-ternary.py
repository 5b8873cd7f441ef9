# xxe (CWE-611) FALSE-POSITIVE TRAP: a branch that constant arithmetic rules out holds the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from lxml import etree


@require_http_methods(["GET", "POST"])
def handle_xxe(request):
    document = request.body
    num = 106
    arg = b"<order><id>1</id></order>" if 7 * 18 + num > 200 else document
    tree = etree.fromstring(arg, etree.XMLParser(load_dtd=True, no_network=False))
    return HttpResponse("ok")
