import ssl
from ssl import PROTOCOL_SSLv3 as V3, wrap_socket

from OpenSSL import SSL
import OpenSSL


def connect(raw, kind, **kw):
    ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_SSLv2)  # want "ssl.wrap_socket with ssl.PROTOCOL_SSLv2"
    wrap_socket(raw, ssl_version=V3)  # want "ssl.wrap_socket with ssl.PROTOCOL_SSLv3"
    wrap_socket(raw, None, None, False, ssl.CERT_REQUIRED, ssl.PROTOCOL_TLSv1)  # want "TLS 1.0 is broken"
    ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLS_CLIENT)
    ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)  # want "ssl.SSLContext with ssl.PROTOCOL_TLSv1_1"
    ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1)  # want "ssl.SSLContext with ssl.PROTOCOL_TLSv1"
    ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ssl.get_server_certificate(("h", 443), ssl_version=ssl.PROTOCOL_SSLv3)  # want "ssl.get_server_certificate"
    SSL.Context(SSL.SSLv3_METHOD)  # want "OpenSSL.SSL.Context with OpenSSL.SSL.SSLv3_METHOD"
    SSL.Context(method=SSL.SSLv23_METHOD)  # want "SSL 3.0 or later"
    OpenSSL.SSL.Context(SSL.TLSv1_METHOD)  # want "OpenSSL.SSL.Context with OpenSSL.SSL.TLSv1_METHOD"
    SSL.Context(SSL.TLS_METHOD)
    herp_derp(ssl_version=ssl.PROTOCOL_SSLv2)  # want "call with ssl_version=ssl.PROTOCOL_SSLv2"
    herp_derp(method=SSL.TLSv1_1_METHOD)  # want "call with method=OpenSSL.SSL.TLSv1_1_METHOD"
    herp_derp(method="GET")
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # want "minimum_version set to TLS 1.0"
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1  # want "maximum_version set to TLS 1.1"
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2


def herp_derp(**kw):
    return kw


PROTOCOL_TLSv1 = ssl.PROTOCOL_TLS_CLIENT  # a misleading name for a good constant
ssl.SSLContext(PROTOCOL_TLSv1)
from compat import PROTOCOL_SSLv3  # a re-export, matched by its name

ssl.SSLContext(PROTOCOL_SSLv3)  # want "ssl.SSLContext with PROTOCOL_SSLv3"
