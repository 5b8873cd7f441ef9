# deserialization (CWE-502) TRUE POSITIVE: the request body is parsed with yaml.load and the full (unsafe) Loader [django].
import yaml
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def import_config(request):
    text = request.body.decode("utf-8")
    config = yaml.load(text, Loader=yaml.Loader)  # want "CWE-502"
    return JsonResponse({"sections": sorted(config)})
