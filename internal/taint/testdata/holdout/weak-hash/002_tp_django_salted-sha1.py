# weak-hash (CWE-328) TRUE POSITIVE: a salt does not make a single SHA-1 round a suitable password hash [django].
import hashlib
import os
from django.http import JsonResponse


def hash_password(password):
    salt = os.urandom(8).hex()
    return salt + "$" + hashlib.sha1((salt + password).encode()).hexdigest()  # want "CWE-328"


def change_password(request):
    new_password = request.POST["new_password"]
    stored = hash_password(new_password)
    request.user.profile.legacy_hash = stored
    request.user.profile.save()
    return JsonResponse({"changed": True})
