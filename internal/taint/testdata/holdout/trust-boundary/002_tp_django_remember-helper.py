# trust-boundary (CWE-501) TRUE POSITIVE: a helper stores whatever the view hands it in request.session; the view passes a POST field [django].
from django.http import JsonResponse


def remember(request, key, value):
    request.session[key] = value  # want "CWE-501"
    request.session.modified = True


def choose_account(request):
    account_id = request.POST.get("account_id", "")
    remember(request, "active_account", account_id)
    return JsonResponse({"active": True})
