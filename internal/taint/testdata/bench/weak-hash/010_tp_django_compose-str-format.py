# weak-hash (CWE-328) TRUE POSITIVE: taint through str.format [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from hashlib import md5


@require_http_methods(["GET", "POST"])
def handle_weak_hash(request):
    password = request.POST["password"]
    secret = '{}'.format(password)
    digest = md5(secret.encode("utf-8")).hexdigest()  # want "CWE-328"
    return HttpResponse("ok")
