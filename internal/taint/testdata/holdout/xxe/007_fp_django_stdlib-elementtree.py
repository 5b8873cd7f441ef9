# xxe (CWE-611) FALSE-POSITIVE TRAP: the stdlib ElementTree parser does not fetch external entities [django].
import xml.etree.ElementTree as ET
from django.http import JsonResponse


def count_orders(request):
    root = ET.fromstring(request.body)
    return JsonResponse({"orders": len(root.findall("order"))})
