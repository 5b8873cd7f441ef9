# header (CWE-113) FALSE POSITIVE look-alike: the WSGI app only puts a number derived from the query into its header [wsgi].
from urllib.parse import parse_qs


def app(environ, start_response):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    pages = int(query.get("pages", ["1"])[0])
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Page-Count", str(pages))])
    return [b"ok"]
