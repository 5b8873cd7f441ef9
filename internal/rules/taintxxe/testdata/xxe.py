import io
import xml.sax
import xml.sax.handler
from xml.etree import ElementTree

from flask import request
from lxml import etree

unsafe = etree.XMLParser(resolve_entities=True)
safe = etree.XMLParser(resolve_entities=False, no_network=True)


def upload():
    data = request.get_data()
    etree.fromstring(data, unsafe)  # want "request.get_data\\(\\) flows to lxml.etree.fromstring: XML external entities"
    etree.fromstring(data, etree.XMLParser(load_dtd=True, no_network=False))  # want "flows to lxml.etree.fromstring"
    etree.fromstring(data, safe)
    etree.fromstring(data)
    ElementTree.fromstring(data)
    etree.fromstring(b"<a/>", unsafe)


def sax():
    data = request.get_data()
    parser = xml.sax.make_parser()
    parser.parse(io.BytesIO(data))
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.parse(io.BytesIO(data))  # want "flows to xml.sax.make_parser\\(\\).parse"


def defused():
    # defusedxml's parsers refuse entities: not reported.
    import defusedxml.ElementTree as DET
    import defusedxml.lxml
    DET.fromstring(request.data)
    defusedxml.lxml.fromstring(request.data)
    return "ok"
