# trust-boundary (CWE-501) TRUE POSITIVE: a discount percentage posted by the client is stored in the Django session that checkout trusts [django].
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from shop.promos import is_active_promo


@require_POST
def apply_promo(request):
    promo = request.POST.get("promo", "")
    if not is_active_promo(promo):
        return JsonResponse({"applied": False}, status=400)
    request.session["discount_percent"] = request.POST.get("percent", "0")  # want "CWE-501"
    return JsonResponse({"applied": True})
