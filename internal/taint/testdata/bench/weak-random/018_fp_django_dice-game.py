# weak-random (CWE-330) FALSE-POSITIVE TRAP: random.randint rolls dice for a game [django].
import random
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def roll_dice(request):
    sides = 6
    rolls = [random.randint(1, sides) for _ in range(2)]
    return JsonResponse({"rolls": rolls, "total": sum(rolls)})
