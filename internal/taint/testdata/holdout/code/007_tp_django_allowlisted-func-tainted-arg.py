# code (CWE-95) TRUE POSITIVE: the function name is allow-listed but its argument text is not, and both go into eval [django].
from django.http import HttpResponseBadRequest, JsonResponse

FUNCTIONS = ("abs", "round", "len")


def apply_function(request):
    func = request.GET.get("func", "abs")
    arg = request.GET.get("arg", "0")
    if func not in FUNCTIONS:
        return HttpResponseBadRequest("unknown function")
    result = eval(f"{func}({arg})")  # want "CWE-95"
    return JsonResponse({"result": result})
