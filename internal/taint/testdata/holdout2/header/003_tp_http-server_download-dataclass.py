# header (CWE-113) TRUE POSITIVE: a report title from the query string is kept in a dataclass and sent as the Content-Disposition filename [http.server].
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Download:
    filename: str
    body: bytes

    def send(self, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Content-Disposition", "attachment; filename=%s" % self.filename)  # want "CWE-113"
        handler.send_header("Content-Length", str(len(self.body)))
        handler.end_headers()
        handler.wfile.write(self.body)


class ReportHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        title = parse_qs(urlsplit(self.path).query).get("title", ["report"])[0]
        Download(filename=title + ".pdf", body=b"%PDF-1.7\n%%EOF\n").send(self)


if __name__ == "__main__":
    ThreadingHTTPServer(("", 8001), ReportHandler).serve_forever()
