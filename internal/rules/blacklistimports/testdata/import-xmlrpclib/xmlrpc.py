import xmlrpclib  # want "import of xmlrpclib, whose XML parsing"
import xmlrpc  # want "import of xmlrpc,"
from xmlrpc import client  # want "import of xmlrpc.client"
from xmlrpc.server import SimpleXMLRPCServer  # want "import of xmlrpc.server.SimpleXMLRPCServer"
import defusedxml.xmlrpc
