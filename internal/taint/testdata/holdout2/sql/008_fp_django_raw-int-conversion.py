# sql (CWE-89) FALSE-POSITIVE TRAP: year and month are converted with int() inside try/except before being formatted into Manager.raw() [django].
from django.http import HttpResponseBadRequest, JsonResponse

from shop.models import Order


def monthly_orders(request):
    try:
        year = int(request.GET["year"])
        month = int(request.GET.get("month", "1"))
    except (KeyError, ValueError):
        return HttpResponseBadRequest("year and month must be integers")
    sql = (
        "SELECT * FROM shop_order "
        f"WHERE EXTRACT(YEAR FROM created) = {year} AND EXTRACT(MONTH FROM created) = {month}"
    )
    orders = Order.objects.raw(sql)
    return JsonResponse({"ids": [o.id for o in orders]})
