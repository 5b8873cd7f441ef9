# deserialization (CWE-502) FALSE-POSITIVE TRAP: the request only chooses a key in a server-written shelve store; no client bytes are unpickled [django].
import shelve

from django.http import JsonResponse

STORE = "/var/lib/app/report-cache"


def cached_report(request, report_id: int):
    variant = request.GET.get("variant", "default")
    with shelve.open(STORE, flag="r") as db:
        report = db.get(f"{report_id}:{variant}")
    if report is None:
        return JsonResponse({"error": "not cached"}, status=404)
    return JsonResponse({"title": report["title"], "rows": report["rows"]})
