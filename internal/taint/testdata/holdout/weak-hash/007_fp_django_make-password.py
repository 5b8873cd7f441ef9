# weak-hash (CWE-328) FALSE-POSITIVE TRAP: Django's make_password uses the configured strong hasher [django].
from django.contrib.auth.hashers import make_password
from django.http import JsonResponse


def change_password(request):
    new_password = request.POST["new_password"]
    request.user.password = make_password(new_password)
    request.user.save(update_fields=["password"])
    return JsonResponse({"changed": True})
