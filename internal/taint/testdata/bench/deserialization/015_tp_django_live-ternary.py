# deserialization (CWE-502) TRUE POSITIVE: a branch decided by constant arithmetic that does pick the request value [django].
import io
import pickle
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.body
    num = 50
    arg = pickle.dumps([1, 2, 3]) if 7 * 18 + num > 200 else payload
    obj = pickle.load(io.BytesIO(arg))  # want "CWE-502"
    return HttpResponse("ok")
