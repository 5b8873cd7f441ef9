import xml.etree.cElementTree as badET
from xml.etree.cElementTree import fromstring as fs


def parse(data, path):
    badET.parse(path)  # want "xml.etree.cElementTree.parse parses XML"
    badET.iterparse(path)  # want "xml.etree.cElementTree.iterparse"
    badET.fromstring(data)  # want "xml.etree.cElementTree.fromstring"
    badET.XMLParser()  # want "xml.etree.cElementTree.XMLParser"
    badET.XML(data)  # want "xml.etree.cElementTree.XML"
    badET.fromstring("<a/>")  # want "parses a constant XML document"
    badET.tostring(data)
    badET.Element("a")


fs(input())  # want "xml.etree.cElementTree.fromstring"
