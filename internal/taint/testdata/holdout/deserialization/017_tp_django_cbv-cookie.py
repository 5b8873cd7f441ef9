# deserialization (CWE-502) TRUE POSITIVE: a class-based view restores a wizard state from a pickled cookie [django].
import base64
import pickle

from django.http import JsonResponse
from django.views import View


class WizardView(View):
    cookie_name = "wizard_state"

    def load_state(self, request):
        blob = request.COOKIES.get(self.cookie_name)
        if blob is None:
            return {"step": 1}
        return pickle.loads(base64.b64decode(blob))  # want "CWE-502"

    def get(self, request):
        return JsonResponse(self.load_state(request))
