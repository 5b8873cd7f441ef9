# xxe (CWE-611) TRUE POSITIVE: a sanitiser for another vulnerability class does not help [django].
import io
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from lxml import etree

parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)


@require_http_methods(["GET", "POST"])
def handle_xxe(request):
    document = request.body
    arg = document.strip()
    doc = etree.parse(io.BytesIO(arg), parser)  # want "CWE-611"
    return HttpResponse("ok")
