# log (CWE-117) TRUE POSITIVE: the request value is stored and read back under the same dict key [django].
import logging
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


@require_http_methods(["GET", "POST"])
def handle_log(request, username):
    store = {}
    store["keyA"] = username
    store["keyB"] = "guest"
    arg = store["keyA"]
    message = "login failed for " + arg
    logging.info(message)  # want "CWE-117"
    return HttpResponse("ok")
