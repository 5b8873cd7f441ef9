# redirect (CWE-601) FALSE-POSITIVE TRAP: the order id is int()-converted before it is put in a local path [django].
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect


def reorder(request):
    try:
        order_id = int(request.POST.get("order", ""))
    except ValueError:
        return HttpResponseBadRequest()
    return redirect("/orders/%d/" % order_id)
