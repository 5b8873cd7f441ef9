import xml.etree.cElementTree  # want "import of xml.etree.cElementTree, whose XML parsers"
import xml.etree.ElementTree as ET  # want "import of xml.etree.ElementTree, whose XML parsers"
from xml.etree import ElementTree  # want "import of xml.etree.ElementTree, whose"
from xml.etree.ElementTree import parse  # want "import of xml.etree.ElementTree.parse, whose"
from xml.etree.ElementTree import Element, SubElement, tostring  # want "which only builds XML"
from xml.etree.ElementTree import Element, fromstring  # want "Element, xml.etree.ElementTree.fromstring, whose"
from xml import etree
import defusedxml.ElementTree
import xml
