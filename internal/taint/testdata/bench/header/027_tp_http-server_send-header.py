# header (CWE-113) TRUE POSITIVE: an http.server handler writes the request's X-Trace value back with send_header [http.server].
from http.server import BaseHTTPRequestHandler


class EchoTrace(BaseHTTPRequestHandler):
    def do_GET(self):
        trace = self.headers.get("X-Trace", "")
        self.send_response(200)
        self.send_header("X-Trace", trace)  # want "CWE-113"
        self.end_headers()
