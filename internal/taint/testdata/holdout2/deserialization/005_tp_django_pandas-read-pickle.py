# deserialization (CWE-502) TRUE POSITIVE: an uploaded dataset file is loaded with pandas.read_pickle in a class-based view [django].
import pandas as pd
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View


class DatasetUploadView(LoginRequiredMixin, View):
    def post(self, request):
        upload = request.FILES["dataset"]
        frame = pd.read_pickle(upload)  # want "CWE-502"
        return JsonResponse({"rows": len(frame), "columns": [str(c) for c in frame.columns]})
