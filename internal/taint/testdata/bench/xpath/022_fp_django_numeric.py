# xpath (CWE-643) FALSE-POSITIVE TRAP: int() conversion leaves only digits [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from xml.etree import ElementTree

root = ElementTree.parse("users.xml").getroot()


@require_http_methods(["GET", "POST"])
def handle_xpath(request, user):
    arg = str(int(user))
    xpath_expr = ".//user[@name='" + arg + "']"
    nodes = root.findall(xpath_expr)
    return HttpResponse("ok")
