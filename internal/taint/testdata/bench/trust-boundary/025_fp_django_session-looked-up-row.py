# trust-boundary (CWE-501) FALSE POSITIVE look-alike: the session keeps the primary key of a row the server looked up, not the request's text [django].
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from shop.models import Store


def pick_store(request, code):
    store = get_object_or_404(Store, code=code, owner=request.user)
    request.session["store_id"] = store.pk
    return JsonResponse({"store": store.pk})
