# sql (CWE-89) FALSE-POSITIVE TRAP: the repository method converts its argument with int() before formatting [django].
from django.db import connection
from django.http import JsonResponse


class OrderRepo:
    def by_id(self, order_id):
        with connection.cursor() as cur:
            cur.execute("SELECT * FROM orders WHERE id = %d" % int(order_id))
            return cur.fetchone()


def order(request):
    repo = OrderRepo()
    return JsonResponse({"order": repo.by_id(request.GET.get("id", "0"))})
