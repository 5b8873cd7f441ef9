# weak-random (CWE-330) TRUE POSITIVE: random.sample builds a temporary password [django].
import random
import string
from django.contrib.auth.models import User
from django.http import JsonResponse

def reset_to_temporary_password(request, user_id):
    user = User.objects.get(pk=user_id)
    password = "".join(random.sample(string.ascii_letters + string.digits, 12))  # want "CWE-330"
    user.set_password(password)
    user.save()
    return JsonResponse({"temporary_password": password})
