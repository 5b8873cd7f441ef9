# deserialization (CWE-502) FALSE POSITIVE look-alike: a module helper signs the cart with the server key, and the cart is loaded only when the signature matches [django].
import hashlib
import hmac
import pickle

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse

SIGNING_KEY = settings.SECRET_KEY.encode()


def signature(payload):
    return hmac.new(SIGNING_KEY, payload, hashlib.sha256).hexdigest()


def cart(request):
    payload = bytes.fromhex(request.COOKIES.get("cart", ""))
    if not hmac.compare_digest(request.COOKIES.get("cart_sig", ""), signature(payload)):
        return HttpResponseBadRequest("bad cart")
    items = pickle.loads(payload)
    return JsonResponse({"items": len(items)})
