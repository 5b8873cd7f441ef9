# header (CWE-113) TRUE POSITIVE: a download name from the query string is put in Content-Disposition [django].
from django.http import HttpResponse


def export_csv(request):
    name = request.GET.get("name", "export")
    response = HttpResponse("id,total\n1,9.99\n", content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'  # want "CWE-113"
    return response
