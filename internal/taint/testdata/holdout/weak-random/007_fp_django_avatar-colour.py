# weak-random (CWE-330) FALSE-POSITIVE TRAP: random picks a default avatar colour, nothing secret [django].
import random

from django.http import JsonResponse

COLOURS = ["#e57373", "#64b5f6", "#81c784", "#ffd54f"]


def create_profile(request):
    profile = request.user.profile
    profile.avatar_colour = random.choice(COLOURS)
    profile.save()
    return JsonResponse({"colour": profile.avatar_colour})
