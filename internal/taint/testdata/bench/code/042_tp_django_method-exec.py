# code (CWE-94) TRUE POSITIVE: a plugin runner method execs the code it receives [django].
from django.http import HttpResponse


class PluginRunner:
    def run(self, code):
        namespace = {}
        exec(code, namespace)  # want "CWE-94"
        return namespace.get("result")


def run_plugin(request):
    runner = PluginRunner()
    return HttpResponse(str(runner.run(request.body.decode())))
