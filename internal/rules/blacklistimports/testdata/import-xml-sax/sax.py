import xml.sax  # want "import of xml.sax, whose XML parsers"
from xml import sax  # want "import of xml.sax,"
from xml.sax import make_parser  # want "import of xml.sax.make_parser"
from xml.sax.expatreader import create_parser  # want "xml.sax.expatreader.create_parser"
from xml.sax.saxutils import escape, quoteattr
from xml.sax import saxutils, handler
import xml.sax.handler
import defusedxml.sax
