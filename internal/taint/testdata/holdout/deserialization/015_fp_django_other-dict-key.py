# deserialization (CWE-502) FALSE-POSITIVE TRAP: the request body is stored under one key, the unpickled value is the constant under another [django].
import pickle
from django.http import JsonResponse

DEFAULT_STATE = pickle.dumps({"step": 1, "answers": []})


def wizard(request):
    blobs = {"client": request.body, "initial": DEFAULT_STATE}
    state = pickle.loads(blobs["initial"])
    state["answers"].append(len(blobs["client"]))
    return JsonResponse(state)
