import django
from django.db.models.expressions import RawSQL

from myapp.models import User


def view(request):
    name = request.GET["name"]
    User.objects.filter(active=True).extra(where=["name = '%s'" % name])  # want "request.GET flows to objects.extra"
    User.objects.extra(where=["name = %s"], params=[name])
    User.objects.annotate(x=RawSQL("select " + name, []))  # want "request.GET flows to django.db.models.expressions.RawSQL"
    User.objects.annotate(x=RawSQL("select %s", [name]))
    User.objects.raw("select * from u where n = '" + name + "'")  # want "request.GET flows to objects.raw"
    User.objects.raw("select * from u where n = %s", [name])
