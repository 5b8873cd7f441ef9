import xml.etree.ElementTree as badET
from xml.etree import ElementTree

import defusedxml.ElementTree as goodET


def parse(data, path):
    badET.parse(path)  # want "xml.etree.ElementTree.parse parses XML"
    badET.iterparse(path)  # want "xml.etree.ElementTree.iterparse"
    badET.fromstring(data)  # want "xml.etree.ElementTree.fromstring"
    badET.XMLParser()  # want "xml.etree.ElementTree.XMLParser"
    badET.XML(data)  # want "xml.etree.ElementTree.XML"
    badET.fromstring("<a/>")  # want "parses a constant XML document"
    badET.tostring(data)
    badET.Element("a")


ElementTree.parse("x.xml")  # want "xml.etree.ElementTree.parse"
goodET.parse("x.xml")
goodET.fromstring(input())
