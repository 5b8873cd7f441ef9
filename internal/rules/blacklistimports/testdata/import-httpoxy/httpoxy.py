import wsgiref.handlers.CGIHandler  # want "import of wsgiref.handlers.CGIHandler: a CGI handler"
from wsgiref.handlers import CGIHandler  # want "import of wsgiref.handlers.CGIHandler"
from twisted.web.twcgi import CGIScript, CGIDirectory  # want "CGIScript, twisted.web.twcgi.CGIDirectory"
from wsgiref.handlers import SimpleHandler
import wsgiref.handlers
