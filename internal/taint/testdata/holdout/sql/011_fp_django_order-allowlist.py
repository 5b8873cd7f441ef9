# sql (CWE-89) FALSE-POSITIVE TRAP: the ORDER BY column is checked against an allow-list and falls back to a constant [django].
from django.db import connection
from django.http import JsonResponse

SORTABLE = {"name", "price", "created_at"}


def products(request):
    category = request.GET.get("category", "all")
    sort = request.GET.get("sort", "name")
    if sort not in SORTABLE:
        sort = "name"
    sql = "SELECT id, name, price FROM shop_product WHERE category = %s ORDER BY " + sort
    with connection.cursor() as cursor:
        cursor.execute(sql, [category])
        rows = cursor.fetchall()
    return JsonResponse({"products": rows})
