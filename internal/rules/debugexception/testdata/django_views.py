import traceback

from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.views import View
from django.views.generic import FormView
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView


def order_view(request, pk):
    try:
        order = load(pk)
    except Exception as e:
        return HttpResponse("Error: %s" % e, status=500)  # want "HttpResponse sends the caught exception's text"
    return JsonResponse({"id": order.id})


def order_json(request):
    data = {}
    try:
        work()
    except Exception as e:
        data["error"] = str(e)
        data["trace"] = traceback.format_exc()
    return JsonResponse(data, status=500)  # want "JsonResponse sends a traceback"


def message_view(request):
    try:
        work()
    except OSError as e:
        messages.error(request, f"Upload failed: {e}")  # want "error sends the caught exception's text"
    return render(request, "upload.html")


def plain_return_view(request):
    try:
        work()
    except Exception as exc:
        return exc.args[0]  # want "the view returns the caught exception's text"


@api_view(["GET"])
def api(request):
    try:
        work()
    except Exception as e:
        return Response({"detail": str(e)}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)  # want "Response sends the caught exception's text"


@api_view(["POST"])
def api_raise(request):
    try:
        parse(request.data)
    except Exception as e:
        raise ValidationError(str(e))  # want "ValidationError sends the caught exception's text"


class OrderView(View):
    def get(self, request, pk):
        try:
            work()
        except Exception as e:
            return {"error": str(e)}  # want "the view returns the caught exception's text"

    def helper(self):
        try:
            work()
        except Exception as e:
            return str(e)  # not a request handler


class BaseAPI(APIView):
    pass


class ItemAPI(BaseAPI):
    def post(self, request):
        try:
            work()
        except Exception as e:
            return Response(data={"error": repr(e)})  # want "Response sends the caught exception's text"


class ItemViewSet(viewsets.ModelViewSet):
    def create(self, request):
        try:
            work()
        except Exception as e:
            payload = {"error": str(e)}
            return payload  # want "the view returns the caught exception's text"

    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        try:
            work()
        except Exception:
            return traceback.format_exc()  # want "the view returns a traceback"


class UploadForm(FormView):
    def form_valid(self, form):
        try:
            work()
        except Exception as e:
            return str(e)  # want "the view returns the caught exception's text"


class NotAView:
    def get(self, request):
        try:
            work()
        except Exception as e:
            return str(e)


def not_a_view(obj):
    try:
        work()
    except Exception as e:
        return str(e)
