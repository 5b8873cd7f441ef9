# path (CWE-22) TRUE POSITIVE: the request path is percent-decoded and opened under the docs root by a BaseHTTPRequestHandler [http.server].
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

DOCS_ROOT = "/srv/docs/build"


class DocsHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        rel = unquote(urlsplit(self.path).path).lstrip("/") or "index.html"
        full = os.path.join(DOCS_ROOT, rel)
        try:
            with open(full, "rb") as fh:  # want "CWE-22"
                body = fh.read()
        except OSError:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    ThreadingHTTPServer(("", 8000), DocsHandler).serve_forever()
