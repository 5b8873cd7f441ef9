# code (CWE-95) FALSE-POSITIVE TRAP: the request only chooses which constant expression is evaluated [django].
from django.http import Http404, JsonResponse

METRICS = {
    "margin": "(revenue - cost) / revenue",
    "growth": "(revenue - last_revenue) / last_revenue",
}


def metric(request, name):
    if name not in METRICS:
        raise Http404("no such metric")
    figures = {"revenue": 120.0, "cost": 80.0, "last_revenue": 100.0}
    value = eval(METRICS[name], {"__builtins__": {}}, figures)
    return JsonResponse({"metric": name, "value": value})
