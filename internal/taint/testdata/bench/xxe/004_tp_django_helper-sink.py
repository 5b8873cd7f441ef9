# xxe (CWE-611) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from lxml import etree


def run_sink(arg):
    tree = etree.fromstring(arg, etree.XMLParser(load_dtd=True, no_network=False))  # want "CWE-611"


@require_http_methods(["GET", "POST"])
def handle_xxe(request):
    document = request.body
    arg = document
    run_sink(arg)
    return HttpResponse("ok")
