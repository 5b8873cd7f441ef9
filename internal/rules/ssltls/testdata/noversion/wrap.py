import ssl
from ssl import wrap_socket as ws


def connect(raw, args, kw):
    ssl.wrap_socket(raw)  # want "ssl.wrap_socket with no ssl_version"
    ws(raw, server_side=True)  # want "ssl.wrap_socket with no ssl_version"
    ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLS_CLIENT)
    ssl.wrap_socket(raw, None, None, False, ssl.CERT_REQUIRED, ssl.PROTOCOL_TLS_CLIENT)
    ssl.wrap_socket(raw, **kw)  # want "unless [*]args or [*][*]kwargs"
    ssl.create_default_context().wrap_socket(raw, server_hostname="h")


def wrap_socket(raw):  # a local function
    return raw


wrap_socket(None)
