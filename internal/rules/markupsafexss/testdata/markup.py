import flask
import markupsafe
from markupsafe import Markup, escape
from markupsafe import Markup as M

TITLE = "<h1>Hello</h1>"


def ok(user):
    Markup("<b>safe</b>")
    Markup(TITLE)
    Markup(f"<p>{TITLE}</p>")
    Markup("<b>{}</b>").format(user)
    Markup("<b>%s</b>") % user
    Markup(escape(user))
    Markup()
    M("<i>" + TITLE + "</i>")


def bad(user, content):
    Markup(content)  # want "markupsafe.Markup of text built at run time"
    Markup(f"unsafe {content}")  # want "markupsafe.Markup of text built at run time"
    flask.Markup("unsafe {}".format(content))  # want "flask.Markup of text built at run time"
    markupsafe.Markup("<b>%s</b>" % user)  # want "markupsafe.Markup of text built at run time"
    M(base=user)  # want "markupsafe.Markup of text built at run time"


class MyMarkup(Markup):
    pass


class DeeperMarkup(MyMarkup):
    pass


def subclass(content):
    MyMarkup(content)  # want "MyMarkup [(]a subclass of markupsafe.Markup[)]"
    DeeperMarkup(content)  # want "DeeperMarkup [(]a subclass of markupsafe.Markup[)]"
    DeeperMarkup("literal")
