# command (CWE-78) TRUE POSITIVE: a POSTed file name passes through two helpers and reaches os.popen [django].
import os
from django.http import JsonResponse


def _thumb_command(src, size):
    return "convert %s -resize %dx%d /tmp/thumb.png" % (src, size, size)


def make_thumbnail(src, size=128):
    command = _thumb_command(src, size)
    with os.popen(command) as pipe:  # want "CWE-78"
        return pipe.read()


def thumbnail_view(request):
    name = request.POST["image"]
    output = make_thumbnail("/srv/media/" + name)
    return JsonResponse({"log": output})
