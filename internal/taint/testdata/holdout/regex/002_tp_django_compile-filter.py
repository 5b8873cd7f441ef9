# regex (CWE-730) TRUE POSITIVE: a filter expression from the query string is compiled with re.compile [django].
import re
from django.http import JsonResponse

PRODUCTS = ["red shirt", "blue shirt", "green hat"]


def filter_products(request):
    expr = request.GET.get("filter", ".*")
    rx = re.compile(expr, re.IGNORECASE)  # want "CWE-730"
    return JsonResponse({"products": [p for p in PRODUCTS if rx.search(p)]})
