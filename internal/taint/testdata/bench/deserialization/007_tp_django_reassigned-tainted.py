# deserialization (CWE-502) TRUE POSITIVE: a safe value overwritten by the request value before use [django].
import yaml
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.FILES["upload"].read()
    arg = b"theme: light"
    arg = payload
    config = yaml.unsafe_load(arg)  # want "CWE-502"
    return HttpResponse("ok")
