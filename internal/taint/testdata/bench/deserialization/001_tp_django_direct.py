# deserialization (CWE-502) TRUE POSITIVE: request data flows straight into the sink [django].
import pickle
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.FILES["upload"].read()
    arg = payload
    obj = pickle.loads(arg)  # want "CWE-502"
    return HttpResponse("ok")
