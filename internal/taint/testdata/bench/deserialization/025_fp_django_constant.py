# deserialization (CWE-502) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
import yaml
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.FILES["upload"].read()
    arg = b"theme: light"
    config = yaml.load(arg, Loader=yaml.Loader)
    return HttpResponse("ok")
