import lxml.etree as etree
from lxml import etree as lx

import defusedxml.lxml


def parse(data, path):
    etree.parse(path)  # want "lxml.etree.parse parses XML"
    lx.fromstring(data)  # want "lxml.etree.fromstring"
    etree.RestrictedElement()  # want "lxml.etree.RestrictedElement"
    etree.GlobalParserTLS()  # want "lxml.etree.GlobalParserTLS"
    etree.getDefaultParser()  # want "lxml.etree.getDefaultParser"
    etree.check_docinfo(data)  # want "lxml.etree.check_docinfo"
    etree.XML(data)  # want "lxml.etree.XML"
    etree.fromstring("<a/>")  # want "constant XML document"
    defusedxml.lxml.parse(path)
    defusedxml.lxml.fromstring(data)
    etree.tostring(data)
