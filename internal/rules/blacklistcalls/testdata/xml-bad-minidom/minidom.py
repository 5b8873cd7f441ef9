from xml.dom import minidom

import defusedxml.minidom


def parse(data, path):
    minidom.parse(path)  # want "xml.dom.minidom.parse parses XML"
    minidom.parseString(data)  # want "xml.dom.minidom.parseString"
    defusedxml.minidom.parse(path)
    defusedxml.minidom.parseString(data)
    minidom.Document()
