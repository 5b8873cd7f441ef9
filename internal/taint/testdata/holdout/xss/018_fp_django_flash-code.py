# xss (CWE-79) FALSE-POSITIVE TRAP: the message code from the URL is replaced by a constant message from a table [django].
from django.http import HttpResponse

MESSAGES = {
    "saved": "Your changes were saved.",
    "deleted": "The item was deleted.",
}


def dashboard(request):
    message = request.GET.get("msg", "")
    message = MESSAGES.get(message, "")
    banner = "<div class='flash'>" + message + "</div>" if message else ""
    return HttpResponse("<main>" + banner + "<h1>Dashboard</h1></main>")
