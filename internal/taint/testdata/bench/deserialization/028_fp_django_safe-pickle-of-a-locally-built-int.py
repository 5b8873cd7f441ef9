# deserialization (CWE-502) FALSE-POSITIVE TRAP: pickle of a locally built int [django].
import pickle
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.body
    obj = pickle.loads(pickle.dumps(len(payload)))
    return HttpResponse("ok")
