# xpath (CWE-643) TRUE POSITIVE: taint through str.format [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from xml.etree import ElementTree

root = ElementTree.parse("users.xml").getroot()


@require_http_methods(["GET", "POST"])
def handle_xpath(request, user):
    xpath_expr = ".//user[@name='{}']".format(user)
    nodes = root.findall(xpath_expr)  # want "CWE-643"
    return HttpResponse("ok")
