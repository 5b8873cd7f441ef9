# ssti (CWE-1336) FALSE-POSITIVE TRAP: the Django template source is a module constant; the request value is only passed in the Context [django].
from django.http import JsonResponse
from django.template import Context, Template

RECEIPT = Template("Receipt for {{ customer }}\nTotal: {{ total }} EUR\nNote: {{ note }}")


def receipt_text(request):
    note = request.GET.get("note", "")[:200]
    try:
        total = "%.2f" % float(request.GET.get("total", "0"))
    except ValueError:
        total = "0.00"
    text = RECEIPT.render(Context({"customer": request.user.get_full_name(), "total": total, "note": note}))
    return JsonResponse({"text": text})
