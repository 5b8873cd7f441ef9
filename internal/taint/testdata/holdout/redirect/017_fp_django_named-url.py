# redirect (CWE-601) FALSE-POSITIVE TRAP: redirect() to a named URL pattern reverses a local path; the request only fills the int pk [django].
from django.shortcuts import redirect
from django.urls import path


def order_detail(request, pk):
    return None


def checkout_complete(request):
    order_id = request.GET.get("order", "0")
    return redirect("order-detail", pk=order_id)


urlpatterns = [
    path("orders/<int:pk>/", order_detail, name="order-detail"),
    path("checkout/complete/", checkout_complete),
]
