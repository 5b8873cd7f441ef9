# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: the page size is int()-converted and clamped before it is stored in the session [django].
from django.http import JsonResponse


def set_page_size(request):
    size = int(request.POST.get("size", "20"))
    size = max(10, min(size, 100))
    request.session["page_size"] = size
    return JsonResponse({"page_size": size})
