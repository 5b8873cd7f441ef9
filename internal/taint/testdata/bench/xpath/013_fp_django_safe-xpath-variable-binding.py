# xpath (CWE-643) FALSE-POSITIVE TRAP: XPath variable binding [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from lxml import etree

tree = etree.parse("users.xml")


@require_http_methods(["GET", "POST"])
def handle_xpath(request):
    user = request.POST.get("user", "")
    nodes = tree.xpath("//user[@name=$name]", name=user)
    return HttpResponse("ok")
