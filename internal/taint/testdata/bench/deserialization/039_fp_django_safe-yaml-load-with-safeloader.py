# deserialization (CWE-502) FALSE-POSITIVE TRAP: yaml.load with SafeLoader [django].
import yaml
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.body
    config = yaml.load(payload, Loader=yaml.SafeLoader)
    return HttpResponse("ok")
