import xml.dom.expatbuilder  # want "import of xml.dom.expatbuilder"
from xml.dom.expatbuilder import parse  # want "import of xml.dom.expatbuilder.parse"
from xml.dom import expatbuilder  # want "import of xml.dom.expatbuilder"
import defusedxml.expatbuilder
import xml.parsers.expat
