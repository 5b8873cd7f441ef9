# sql (CWE-89) TRUE POSITIVE: a list index read that holds the request value [django].
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from myapp.models import User


@require_http_methods(["GET", "POST"])
def handle_sql(request):
    username = request.POST.get("username", "")
    items = ["guest", username, "guest"]
    arg = items[1]
    query = "SELECT id, email FROM users WHERE name = '" + arg + "'"
    users = User.objects.raw(query)  # want "CWE-89"
    return HttpResponse("ok")
