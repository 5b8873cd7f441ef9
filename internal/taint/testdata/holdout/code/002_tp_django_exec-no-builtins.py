# code (CWE-94) TRUE POSITIVE: exec of a POSTed snippet with emptied __builtins__ is still arbitrary code execution [django].
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def run_snippet(request):
    snippet = request.POST.get("snippet", "")
    scope = {"__builtins__": {}, "result": None}
    exec(snippet, scope)  # want "CWE-94"
    return JsonResponse({"result": repr(scope.get("result"))})
