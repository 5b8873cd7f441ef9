# sql (CWE-89) TRUE POSITIVE: the X-Forwarded-For header from request.META is formatted into an audit INSERT [django].
from django.db import connection
from django.http import JsonResponse


def client_ip(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def record_visit(request):
    ip = client_ip(request)
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO audit_visit (ip, path) VALUES ('%s', '/home')" % ip)  # want "CWE-89"
    return JsonResponse({"ip": ip})
