# weak-random (CWE-330) FALSE-POSITIVE TRAP: random.shuffle orders quiz questions, nothing secret [django].
import random
from django.http import JsonResponse

QUESTIONS = ["capital of France?", "2 + 2?", "largest planet?", "boiling point of water?"]

def quiz(request):
    questions = list(QUESTIONS)
    random.shuffle(questions)
    return JsonResponse({"questions": questions})
