import mako
from mako import template
from mako.lookup import TemplateLookup
from mako.template import Template as T

import notmako

T("hello")  # want "mako Template renders"
mako.template.Template("hern")  # want "mako Template renders"
template.Template("hern")  # want "mako Template renders"
T("<p>${name}</p>", default_filters=["h"])
T("<p>${name}</p>", default_filters=["str", "x"])
T("<p>${name | n}</p>", default_filters=["h"])  # want "escapes by default"
T(filename="page.html", default_filters=["h"])  # want "escapes by default"
T("<p>${name}</p>", default_filters=["str"])  # want "mako Template renders"
TemplateLookup(directories=["/tmp"])  # want "mako TemplateLookup renders"
TemplateLookup(directories=["/tmp"], default_filters=["h"])
notmako.Template("hello")


def build(**kw):
    return T("x", **kw)  # want "mako Template renders"
