import xml.sax.expatreader as bad
from defusedxml import expatreader as good

bad.create_parser()  # want "xml.sax.expatreader.create_parser parses XML"
good.create_parser()
