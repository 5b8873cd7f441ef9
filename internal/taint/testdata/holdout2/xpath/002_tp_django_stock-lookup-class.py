# xpath (CWE-643) TRUE POSITIVE: a SKU from the URL is concatenated into an XPath expression by a stock-lookup class [django].
from django.http import JsonResponse
from lxml import etree


class StockLookup:
    def __init__(self, path: str):
        self.doc = etree.parse(path)

    def quantity(self, sku: str) -> str:
        return self.doc.xpath("string(//item[@sku='" + sku + "']/qty)")  # want "CWE-643"


stock = StockLookup("/srv/data/stock.xml")


def stock_level(request):
    sku = request.GET.get("sku", "")
    qty = stock.quantity(sku)
    return JsonResponse({"in_stock": bool(qty) and int(float(qty)) > 0})
