# xpath (CWE-643) TRUE POSITIVE: request data flows straight into the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from lxml import etree

tree = etree.parse("users.xml")


@require_http_methods(["GET", "POST"])
def handle_xpath(request):
    user = request.POST.get("user", "")
    arg = user
    xpath_expr = "//user[@name='" + arg + "']"
    nodes = tree.xpath(xpath_expr)  # want "CWE-643"
    return HttpResponse("ok")
