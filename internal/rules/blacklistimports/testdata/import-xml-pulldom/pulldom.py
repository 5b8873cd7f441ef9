import xml.dom.pulldom  # want "import of xml.dom.pulldom"
from xml.dom.pulldom import parseString  # want "import of xml.dom.pulldom.parseString"
from xml.dom import pulldom  # want "import of xml.dom.pulldom"
import defusedxml.pulldom
