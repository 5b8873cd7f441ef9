# xxe (CWE-611) TRUE POSITIVE: a safe value overwritten by the request value before use [django].
import io
import xml.sax
import xml.sax.handler
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xxe(request):
    document = request.FILES["upload"].read()
    arg = b"<order><id>1</id></order>"
    arg = document
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.parse(io.BytesIO(arg))  # want "CWE-611"
    return HttpResponse("ok")
