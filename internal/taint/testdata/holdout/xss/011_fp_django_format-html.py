# xss (CWE-79) FALSE-POSITIVE TRAP: format_html escapes its arguments [django].
from django.http import HttpResponse
from django.utils.html import format_html
from django.views.decorators.http import require_POST


@require_POST
def rename(request):
    display = request.POST.get("display_name", "").strip()
    body = format_html("<p>Your name is now <strong>{}</strong>.</p>", display)
    return HttpResponse(body)
