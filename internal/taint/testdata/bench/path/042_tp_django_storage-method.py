# path (CWE-22) TRUE POSITIVE: a storage object's method deletes the path it is given [django].
import os
from django.http import HttpResponse


class Storage:
    def __init__(self, root):
        self.root = root

    def delete(self, name):
        os.remove(os.path.join(self.root, name))  # want "CWE-22"


def delete_upload(request):
    Storage("/srv/uploads").delete(request.POST.get("file", ""))
    return HttpResponse("deleted")
