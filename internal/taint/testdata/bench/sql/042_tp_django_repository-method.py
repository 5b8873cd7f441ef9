# sql (CWE-89) TRUE POSITIVE: a repository object's method formats its argument into SQL [django].
from django.db import connection
from django.http import JsonResponse


class UserRepo:
    def find(self, name):
        with connection.cursor() as cur:
            cur.execute("SELECT id FROM auth_user WHERE username = '%s'" % name)  # want "CWE-89"
            return cur.fetchall()


def find_user(request):
    repo = UserRepo()
    rows = repo.find(request.GET.get("u", ""))
    return JsonResponse({"rows": rows})
