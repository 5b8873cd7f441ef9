# weak-random (CWE-330) FALSE-POSITIVE TRAP: random.random picks an A/B test colour [django].
import random
from django.shortcuts import render
from django.views.decorators.http import require_GET

BUTTON_COLOURS = ("blue", "green")


@require_GET
def landing(request):
    variant = BUTTON_COLOURS[0] if random.random() < 0.5 else BUTTON_COLOURS[1]
    return render(request, "landing.html", {"button_colour": variant})
