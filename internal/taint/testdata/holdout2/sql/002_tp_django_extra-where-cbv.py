# sql (CWE-89) TRUE POSITIVE: a GET parameter concatenated into a QuerySet.extra() where clause in a class-based view [django].
from django.http import JsonResponse
from django.views import View

from billing.models import Invoice


class InvoiceSearchView(View):
    def get(self, request):
        status = request.GET.get("status", "open")
        clause = "status = '" + status + "'"
        qs = Invoice.objects.extra(where=[clause]).order_by("-issued")  # want "CWE-89"
        data = list(qs.values("id", "number", "total")[:100])
        return JsonResponse({"invoices": data})
