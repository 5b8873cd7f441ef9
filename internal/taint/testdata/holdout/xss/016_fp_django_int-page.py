# xss (CWE-79) FALSE-POSITIVE TRAP: the page number is converted with int() before it is formatted into HTML [django].
from django.http import HttpResponse


def listing(request):
    page = int(request.GET.get("page", "1"))
    nav = "<a href='?page=%d'>next</a>" % (page + 1)
    return HttpResponse("<p>Page %d</p>%s" % (page, nav))
