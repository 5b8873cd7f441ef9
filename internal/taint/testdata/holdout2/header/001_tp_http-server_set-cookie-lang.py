# header (CWE-113) TRUE POSITIVE: a percent-decoded "lang" query value is written into a Set-Cookie header with send_header [http.server].
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class PrefsHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        lang = query.get("lang", ["en"])[0]
        self.send_response(204)
        self.send_header("Set-Cookie", f"lang={lang}; Path=/; SameSite=Lax")  # want "CWE-113"
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8000), PrefsHandler).serve_forever()
