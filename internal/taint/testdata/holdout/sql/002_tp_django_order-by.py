# sql (CWE-89) TRUE POSITIVE: WHERE is parameterised but the ORDER BY column comes straight from the query string [django].
from django.db import connection
from django.http import JsonResponse


def products(request):
    category = request.GET.get("category", "all")
    sort = request.GET.get("sort", "name")
    sql = "SELECT id, name, price FROM shop_product WHERE category = %s ORDER BY " + sort
    with connection.cursor() as cursor:
        cursor.execute(sql, [category])  # want "CWE-89"
        rows = cursor.fetchall()
    return JsonResponse({"products": rows})
