# path (CWE-22) FALSE-POSITIVE TRAP: sanitised with secure_filename() [django].
import shutil
from django.http import HttpResponse
from django.views.decorators.http import require_http_methods
from werkzeug.utils import secure_filename


@require_http_methods(["GET", "POST"])
def handle_path(request, filename):
    arg = secure_filename(filename)
    path = "/srv/app/uploads/" + arg
    shutil.copy(path, "/var/backups/latest")
    return HttpResponse("ok")
