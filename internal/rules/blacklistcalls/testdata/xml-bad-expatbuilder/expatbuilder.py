import xml.dom.expatbuilder as bad
from defusedxml import expatbuilder as good


def parse(data, path):
    bad.parse(path)  # want "xml.dom.expatbuilder.parse parses XML"
    bad.parseString(data)  # want "xml.dom.expatbuilder.parseString parses XML"
    bad.parseString("<a/>")  # want "constant XML document"
    good.parse(path)
    good.parseString(data)
