# header (CWE-113) TRUE POSITIVE: a plain WSGI export app puts the decoded "name" parameter into the Content-Disposition header [wsgi].
import csv
import io
from urllib.parse import parse_qs
from wsgiref.simple_server import make_server


def export_app(environ, start_response):
    params = parse_qs(environ.get("QUERY_STRING", ""))
    name = params.get("name", ["export"])[0]
    buf = io.StringIO()
    csv.writer(buf).writerows([["id", "total"], [1, "9.99"], [2, "24.50"]])
    body = buf.getvalue().encode()
    disposition = f'attachment; filename="{name}.csv"'
    start_response("200 OK", [("Content-Type", "text/csv"), ("Content-Disposition", disposition)])  # want "CWE-113"
    return [body]


if __name__ == "__main__":
    make_server("", 8080, export_app).serve_forever()
