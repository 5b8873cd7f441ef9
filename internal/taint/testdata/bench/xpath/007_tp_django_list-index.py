# xpath (CWE-643) TRUE POSITIVE: a list index read that holds the request value [django].
import elementpath
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from xml.etree import ElementTree

root = ElementTree.parse("users.xml").getroot()


@require_http_methods(["GET", "POST"])
def handle_xpath(request):
    user = request.POST.get("user", "")
    items = ["jdoe", user, "jdoe"]
    arg = items[1]
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = elementpath.select(root, xpath_expr)  # want "CWE-643"
    return HttpResponse("ok")
