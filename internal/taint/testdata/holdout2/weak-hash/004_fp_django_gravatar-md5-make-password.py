# weak-hash (CWE-328) FALSE-POSITIVE TRAP: MD5 only hashes the e-mail for a Gravatar URL; the password goes through make_password [django].
import hashlib

from django.contrib.auth.hashers import make_password
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from members.models import Member


@require_POST
def register(request):
    email = request.POST["email"].strip().lower()
    member = Member.objects.create(email=email, password=make_password(request.POST["password"]))
    avatar = "https://www.gravatar.com/avatar/" + hashlib.md5(email.encode()).hexdigest() + "?d=identicon"
    return JsonResponse({"id": member.pk, "avatar": avatar}, status=201)
