# deserialization (CWE-502) FALSE-POSITIVE TRAP: yaml.safe_load builds plain data only [django].
import yaml
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def import_config(request):
    text = request.body.decode("utf-8")
    config = yaml.safe_load(text) or {}
    return JsonResponse({"sections": sorted(config)})
