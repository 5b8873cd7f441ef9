# path (CWE-22) FALSE-POSITIVE TRAP: the storage method passes the name through secure_filename [django].
import os
from django.http import HttpResponse
from werkzeug.utils import secure_filename


class Storage:
    def __init__(self, root):
        self.root = root

    def delete(self, name):
        os.remove(os.path.join(self.root, secure_filename(name)))


def delete_upload(request):
    Storage("/srv/uploads").delete(request.POST.get("file", ""))
    return HttpResponse("deleted")
