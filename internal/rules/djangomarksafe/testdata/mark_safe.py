import html

from django.utils import safestring
from django.utils.html import escape, format_html, mark_safe as ms
from django.utils.safestring import SafeString, mark_safe

GREETING = "<b>hi</b>"


def literal():
    mark_safe("<b>secure</b>")
    mark_safe(GREETING)
    mark_safe(f"<i>{GREETING}</i>")
    mark_safe("<b>{}</b>".format("x"))
    mark_safe("<b>%s</b>" % ("x",))


def local_constant(flag):
    text = "<b>a</b>"
    if flag:
        text = "<b>b</b>"
    text += "<br>"
    mark_safe(text)


def escaped(user):
    mark_safe(escape(user))
    mark_safe("<b>" + html.escape(user) + "</b>")
    ms(format_html("<b>{}</b>", user))


def insecure(user, request):
    mark_safe(user)  # want "mark_safe on text built at run time"
    mark_safe("<b>%s</b>" % user)  # want "mark_safe on text built at run time"
    mark_safe(f"<b>{request.GET['q']}</b>")  # want "mark_safe on text built at run time"
    ms("<b>{}</b>".format(user.name))  # want "mark_safe on text built at run time"
    safestring.mark_safe(str(user))  # want "mark_safe on text built at run time"
    SafeString(user)  # want "SafeString on text built at run time"
    text = "<b>"
    text += user
    mark_safe(text)  # want "mark_safe on text built at run time"


def mark_safe_wrapper(x):
    def mark_safe(y):  # a local function shadows the import
        return y
    return mark_safe(x)
