from django.contrib.auth.models import User
from django.db import models
from django.db.models.expressions import RawSQL as R

QUERY = "select id from auth_user where is_active = %s"


def views(request, sql):
    User.objects.annotate(val=models.RawSQL("secure", []))
    User.objects.annotate(val=R(QUERY, [True]))
    User.objects.annotate(val=models.RawSQL(sql="select 1", params=[]))
    User.objects.annotate(val=models.RawSQL("%secure" % "nos", []))
    User.objects.annotate(val=models.RawSQL("{}secure".format("no"), []))  # constant
    raw = '"username") AS "val" FROM "auth_user" WHERE "username"="admin" --'
    User.objects.annotate(val=models.RawSQL(raw, []))
    User.objects.annotate(val=models.RawSQL(sql, []))  # want "not constant"
    User.objects.annotate(val=R(sql=request.GET["q"], params=[]))  # want "not constant"
    User.objects.annotate(val=R(f"select {sql}", []))  # want "not constant"


class RawSQL:  # a class of the project's own
    def __init__(self, sql, params):
        self.sql = sql


RawSQL(input(), [])
