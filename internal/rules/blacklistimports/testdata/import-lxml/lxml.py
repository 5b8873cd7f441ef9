import lxml  # want "import of lxml, whose default XML parser"
from lxml import etree  # want "import of lxml.etree"
import lxml.html as html  # want "import of lxml.html"
import importlib

importlib.import_module("lxml.etree")  # want "import of lxml.etree"
import defusedxml.lxml
import lxml_html_clean
