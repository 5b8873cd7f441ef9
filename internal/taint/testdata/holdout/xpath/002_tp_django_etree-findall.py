# xpath (CWE-643) TRUE POSITIVE: an author name %-formatted into an ElementTree findall path [django].
import xml.etree.ElementTree as ET
from django.http import JsonResponse

CATALOG = ET.parse("/srv/app/catalog.xml").getroot()


def books_by(request):
    author = request.GET.get("author", "")
    books = CATALOG.findall(".//book[@author='%s']" % author)  # want "CWE-643"
    return JsonResponse({"titles": [b.findtext("title") for b in books]})
