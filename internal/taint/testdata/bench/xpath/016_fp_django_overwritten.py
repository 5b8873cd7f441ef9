# xpath (CWE-643) FALSE-POSITIVE TRAP: the request value is overwritten with a constant before use [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from xml.etree import ElementTree

root = ElementTree.parse("users.xml").getroot()


@require_http_methods(["GET", "POST"])
def handle_xpath(request, user):
    arg = user
    arg = "jdoe"
    xpath_expr = ".//user[@name='" + arg + "']"
    node = root.find(xpath_expr)
    return HttpResponse("ok")
