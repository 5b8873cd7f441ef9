# code (CWE-95) FALSE-POSITIVE TRAP: a class-based view parses the posted filter as JSON and evaluates only a constant expression [django].
import json
from django.http import JsonResponse
from django.views import View


class FilterView(View):
    default_expr = "price < 100"

    def post(self, request):
        spec = json.loads(request.body or b"{}")
        fields = [f for f in spec.get("fields", []) if isinstance(f, str)]
        matches = eval(self.default_expr, {}, {"price": 42})
        return JsonResponse({"fields": fields, "match": matches})
