# deserialization (CWE-502) TRUE POSITIVE: the dangerous call sits in a helper that receives the request value [django].
import yaml
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


def run_sink(arg):
    config = yaml.load(arg, Loader=yaml.Loader)  # want "CWE-502"


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.body
    arg = payload
    run_sink(arg)
    return HttpResponse("ok")
