from django.contrib.auth.models import User

WHERE = "id > 0"


def views(request, qs, where, tables, order):
    User.objects.filter(username__contains="%admin%").extra(select={"test": "secure"})
    User.objects.filter().extra(where=["secure"])
    User.objects.extra(params=[request.GET["id"]], where=["id = %s"])
    User.objects.extra(where=[WHERE], tables=["auth_group"])
    User.objects.extra(select=None, where=["a"])
    User.objects.extra(select={"test": request.GET["sel"]})  # want "not constant [(]select[)]"
    User.objects.extra(select={request.GET["name"]: "1"})  # want "not constant [(]select[)]"
    User.objects.extra(where=[where])  # want "[(]where[)]"
    User.objects.extra(where=where)  # want "[(]where[)]"
    User.objects.extra(where=["id = %s" % request.GET["id"]])  # want "[(]where[)]"
    User.objects.extra(tables=[tables])  # want "[(]tables[)]"
    User.objects.extra(order_by=[order])  # want "[(]order_by[)]"
    User.objects.extra(select="raw sql")  # want "[(]select[)]"
    User.objects.extra(None, [where])  # want "[(]where[)]"
    qs.extra(select={"a": "b"}, where=[f"name = '{where}'"])  # want "[(]where[)]"
    extra = qs.extra
    extra(where=[where])  # want "[(]where[)]"
