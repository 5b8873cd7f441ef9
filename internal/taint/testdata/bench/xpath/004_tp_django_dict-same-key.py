# xpath (CWE-643) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from xml.etree import ElementTree

root = ElementTree.parse("users.xml").getroot()


@require_http_methods(["GET", "POST"])
def handle_xpath(request, user):
    store = {}
    store["keyA"] = user
    store["keyB"] = "jdoe"
    arg = store["keyA"]
    xpath_expr = ".//user[@name='" + arg + "']"
    node = root.find(xpath_expr)  # want "CWE-643"
    return HttpResponse("ok")
