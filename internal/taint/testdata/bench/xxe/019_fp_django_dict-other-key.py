# xxe (CWE-611) FALSE-POSITIVE TRAP: the request value sits under one dict key and another key is read [django].
import io
import xml.sax
import xml.sax.handler
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xxe(request):
    document = request.FILES["upload"].read()
    store = {}
    store["keyA"] = document
    store["keyB"] = b"<order><id>1</id></order>"
    arg = store["keyB"]
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.parse(io.BytesIO(arg))
    return HttpResponse("ok")
