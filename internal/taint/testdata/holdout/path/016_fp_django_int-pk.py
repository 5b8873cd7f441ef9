# path (CWE-22) FALSE-POSITIVE TRAP: the invoice number is converted to int before it names the file [django].
from django.http import FileResponse, HttpResponseBadRequest


def invoice_pdf(request):
    try:
        number = int(request.GET["invoice"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest("invoice number required")
    return FileResponse(open(f"/srv/invoices/{number:08d}.pdf", "rb"), content_type="application/pdf")
