# xxe (CWE-611) TRUE POSITIVE: an uploaded feed is parsed by xml.sax with external general entities switched on [django].
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

from django.http import JsonResponse
from django.views.decorators.http import require_POST


class ItemCounter(ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = 0

    def startElement(self, name, attrs):
        if name == "item":
            self.items += 1


@require_POST
def upload_feed(request):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    counter = ItemCounter()
    parser.setContentHandler(counter)
    parser.parse(request.FILES["feed"])  # want "CWE-611"
    return JsonResponse({"items": counter.items})
