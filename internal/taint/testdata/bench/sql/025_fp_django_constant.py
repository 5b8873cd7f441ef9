# sql (CWE-89) FALSE-POSITIVE TRAP: the request is read but a constant reaches the sink [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from myapp.models import User


@require_http_methods(["GET", "POST"])
def handle_sql(request):
    username = request.POST.get("username", "")
    arg = "guest"
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    users = User.objects.raw(query)
    return HttpResponse("ok")
