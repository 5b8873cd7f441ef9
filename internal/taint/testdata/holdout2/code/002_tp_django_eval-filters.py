# code (CWE-95) TRUE POSITIVE: a filters dict posted as Python literal text is parsed with eval() instead of ast.literal_eval [django].
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from helpdesk.models import Ticket

ALLOWED_KEYS = {"status", "priority", "assignee_id"}


@require_POST
def filter_tickets(request):
    raw = request.body.decode("utf-8") or "{}"
    filters = eval(raw)  # want "CWE-95"
    if not isinstance(filters, dict):
        return JsonResponse({"error": "expected a dict"}, status=400)
    allowed = {k: v for k, v in filters.items() if k in ALLOWED_KEYS}
    tickets = Ticket.objects.filter(**allowed).values("id", "title")[:50]
    return JsonResponse({"tickets": list(tickets)})
