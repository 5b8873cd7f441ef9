# command (CWE-78) TRUE POSITIVE: a Django class-based view builds a zip command from a GET parameter and runs it with os.system [django].
import os
from django.http import JsonResponse
from django.views import View


class ExportView(View):
    export_dir = "/srv/exports"

    def build_command(self, project):
        return "cd %s && zip -r %s.zip %s" % (self.export_dir, project, project)

    def get(self, request):
        project = request.GET.get("project", "default")
        rc = os.system(self.build_command(project))  # want "CWE-78"
        return JsonResponse({"rc": rc})
