from xml.dom import pulldom

import defusedxml.pulldom


def parse(data, path):
    pulldom.parse(path)  # want "xml.dom.pulldom.parse parses XML"
    pulldom.parseString(data)  # want "xml.dom.pulldom.parseString"
    defusedxml.pulldom.parse(path)
    defusedxml.pulldom.parseString(data)
