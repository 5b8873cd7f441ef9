# xxe (CWE-611) FALSE-POSITIVE TRAP: the list index read holds a constant, not the request value [django].
import io
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from lxml import etree

parser = etree.XMLParser(resolve_entities=True, dtd_validation=True)


@require_http_methods(["GET", "POST"])
def handle_xxe(request):
    document = request.body
    items = [b"<order><id>1</id></order>", document]
    arg = items[0]
    doc = etree.parse(io.BytesIO(arg), parser)
    return HttpResponse("ok")
