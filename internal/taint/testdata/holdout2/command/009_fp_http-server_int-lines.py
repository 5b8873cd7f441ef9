# command (CWE-78) FALSE-POSITIVE TRAP: the only request value in the shell command is converted with int() and clamped [http.server].
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class TailHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        params = parse_qs(urlparse(self.path).query)
        try:
            lines = max(1, min(int(params.get("n", ["50"])[0]), 500))
        except ValueError:
            lines = 50
        out = subprocess.check_output(f"tail -n {lines} /var/log/app/app.log", shell=True)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write(out)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", 8081), TailHandler).serve_forever()
