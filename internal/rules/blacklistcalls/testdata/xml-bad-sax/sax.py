import xml.sax as xmls
from xml import sax

import defusedxml.sax


class Handler(sax.ContentHandler):
    pass


def parse(data, path):
    xmls.parse(path, Handler())  # want "xml.sax.parse parses XML"
    xmls.parseString(data, Handler())  # want "xml.sax.parseString parses XML"
    sax.make_parser()  # want "xml.sax.make_parser"
    defusedxml.sax.parse(path, Handler())
    defusedxml.sax.parseString(data, Handler())
    defusedxml.sax.make_parser()
    sax.saxutils.escape(data)
