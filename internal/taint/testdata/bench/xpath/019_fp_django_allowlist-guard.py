# xpath (CWE-643) FALSE-POSITIVE TRAP: an early return unless the value is in an allow-list [django].
import elementpath
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.http import require_http_methods
from xml.etree import ElementTree

root = ElementTree.parse("users.xml").getroot()
ALLOWED = {"jdoe", "asmith"}


@require_http_methods(["GET", "POST"])
def handle_xpath(request):
    user = request.POST.get("user", "")
    if user not in ALLOWED:
        return HttpResponseBadRequest("invalid request")
    arg = user
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = elementpath.select(root, xpath_expr)
    return HttpResponse("ok")
