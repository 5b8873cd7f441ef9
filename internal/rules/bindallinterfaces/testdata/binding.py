"""0.0.0.0"""
import socket
import http.server
from http.server import HTTPServer, SimpleHTTPRequestHandler
from wsgiref.simple_server import make_server

ANY = "0.0.0.0"  # want "\"0.0.0.0\" binds to every network interface"
ANY6 = "::"  # want "\"::\" binds to every network interface"
LOCAL = "127.0.0.1"
EMPTY = ""


def serve(app, port, parts, host, key):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", 31137))  # want "\"0.0.0.0\" binds"
    s.bind(("192.168.0.1", 8080))
    s.bind(("", 8080))  # want "the empty host binds"
    s.bind((EMPTY, 8080))  # want "the empty host binds"
    s.bind((LOCAL, 8080))
    socket.create_server(("", port))  # want "the empty host"
    HTTPServer(("", 8000), SimpleHTTPRequestHandler)  # want "the empty host"
    http.server.ThreadingHTTPServer(("", 8000), SimpleHTTPRequestHandler)  # want "the empty host"
    make_server("", 8000, app)  # want "the empty host"
    make_server("localhost", 8000, app)
    app.run(host="0.0.0.0")  # want "binds to every network interface"
    app.run(host="::", port=port)  # want "\"::\" binds"
    app.run(host=f"0.0.0.0")  # want "\"0.0.0.0\" binds"
    uvicorn_run(app, "::", 8000)  # want "\"::\" binds"
    sock6 = socket.socket(socket.AF_INET6)
    sock6.bind(("::", port))  # want "\"::\" binds"
    conn = unknown_socket()
    conn.bind(("", port))  # want "the empty host"
    return "0.0.0.0"  # want "binds"


def not_binding(parts, host, key, mapping):
    # Separators, comparisons, docstrings and f-string tails are not hosts.
    name = "::".join(parts)
    first, _, rest = key.partition("::")
    pieces = key.split("::")
    if host == "0.0.0.0":
        raise ValueError("refusing to bind to all interfaces")
    if host in ("0.0.0.0", "::"):
        return None
    "0.0.0.0"
    label = f"{host}0.0.0.0"
    mapping["::"] = name
    cidr = "0.0.0.0/0"
    socket.create_connection(("", 80))  # connecting, not binding
    s = socket.socket()
    s.connect(("", 80))
    return name, first, rest, pieces, label, cidr


def address_objects():
    import ipaddress

    return ipaddress.ip_address("0.0.0.0")  # want "binds"
