# xxe (CWE-611) TRUE POSITIVE: request data flows straight into the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from lxml import etree

parser = etree.XMLParser(resolve_entities=True)


@require_http_methods(["GET", "POST"])
def handle_xxe(request):
    document = request.FILES["upload"].read()
    arg = document
    tree = etree.fromstring(arg, parser)  # want "CWE-611"
    return HttpResponse("ok")
