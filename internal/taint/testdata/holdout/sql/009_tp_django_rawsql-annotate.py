# sql (CWE-89) TRUE POSITIVE: a POSTed currency code is formatted into RawSQL used in annotate [django].
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from shop.models import Product


def price_list(request):
    currency = request.POST.get("currency", "EUR")
    expr = "SELECT rate FROM fx_rates WHERE code = '{}'".format(currency)
    qs = Product.objects.annotate(rate=RawSQL(expr, []))  # want "CWE-89"
    return JsonResponse({"items": [(p.name, p.price * p.rate) for p in qs]})
