# header (CWE-113) FALSE-POSITIVE TRAP: the theme value must fully match [a-z-]{1,20} before it is placed in Set-Cookie [http.server].
import re
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

THEME_RE = re.compile(r"[a-z-]{1,20}")


class ThemeHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        theme = parse_qs(urlparse(self.path).query).get("theme", ["light"])[0]
        if not THEME_RE.fullmatch(theme):
            theme = "light"
        self.send_response(204)
        self.send_header("Set-Cookie", f"theme={theme}; Path=/; SameSite=Lax")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8000), ThemeHandler).serve_forever()
