# header (CWE-113) TRUE POSITIVE: a WSGI app copies the query's "next" value into the Location header [wsgi].
from urllib.parse import parse_qs


def app(environ, start_response):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    target = query.get("next", ["/"])[0]
    start_response("302 Found", [("Location", target)])  # want "CWE-113"
    return [b""]
