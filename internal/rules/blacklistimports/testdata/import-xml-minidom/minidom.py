import xml.dom.minidom  # want "import of xml.dom.minidom"
from xml.dom.minidom import parseString  # want "import of xml.dom.minidom.parseString"
from xml.dom import minidom  # want "import of xml.dom.minidom"
import defusedxml.minidom
from xml.dom import Node
