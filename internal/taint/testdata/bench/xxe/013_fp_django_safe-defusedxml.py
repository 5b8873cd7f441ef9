# xxe (CWE-611) FALSE-POSITIVE TRAP: defusedxml [django].
import defusedxml.ElementTree
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_xxe(request):
    document = request.FILES["upload"].read()
    tree = defusedxml.ElementTree.fromstring(document)
    return HttpResponse("ok")
