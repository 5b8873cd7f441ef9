# deserialization (CWE-502) TRUE POSITIVE: a list index read that holds the request value [django].
import dill
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_deserialization(request):
    payload = request.FILES["upload"].read()
    items = [dill.dumps({"theme": "light"}), payload, dill.dumps({"theme": "light"})]
    arg = items[1]
    obj = dill.loads(arg)  # want "CWE-502"
    return HttpResponse("ok")
