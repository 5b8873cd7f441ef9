# xxe (CWE-611) TRUE POSITIVE: a SAX parser with external general entities enabled parses the request body [django].
import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from django.http import JsonResponse


class CountHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


def count_elements(request):
    handler = CountHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(request.body))  # want "CWE-611"
    return JsonResponse({"elements": handler.count})
