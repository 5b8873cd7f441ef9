# xpath (CWE-643) FALSE-POSITIVE TRAP: the attribute to sort by must be one of three names; only it reaches the path [django].
import xml.etree.ElementTree as ET
from django.http import HttpResponseBadRequest, JsonResponse

CATALOG = ET.parse("/srv/app/catalog.xml").getroot()
FIELDS = ("title", "author", "year")


def field_values(request):
    field = request.GET.get("field", "title")
    if field not in FIELDS:
        return HttpResponseBadRequest("unknown field")
    values = [el.text for el in CATALOG.findall(".//book/" + field)]
    return JsonResponse({"values": values})
