# log (CWE-117) FALSE-POSITIVE TRAP: a helper in the same file sanitises the value [django].
import logging
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods


def clean(value):
    return value.replace("\r", "").replace("\n", "")


@require_http_methods(["GET", "POST"])
def handle_log(request, username):
    arg = clean(username)
    message = "login failed for " + arg
    logging.info(message)
    return HttpResponse("ok")
