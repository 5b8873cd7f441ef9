import ssl
from OpenSSL import SSL
from ssl import PROTOCOL_TLSv1 as OLD


def open_ssl_socket(version=ssl.PROTOCOL_SSLv2):  # want "defaults to ssl.PROTOCOL_SSLv2"
    pass


def open_tls(host, port=443, version=OLD):  # want "defaults to ssl.PROTOCOL_TLSv1"
    pass


async def keyword_only(host, *, method=SSL.TLSv1_METHOD):  # want "defaults to OpenSSL.SSL.TLSv1_METHOD"
    pass


opener = lambda host, v=ssl.PROTOCOL_SSLv3: host  # want "defaults to ssl.PROTOCOL_SSLv3"


def good(version=ssl.PROTOCOL_TLS_CLIENT, other=None):
    pass


class Conn:
    def connect(self, ssl=ssl.PROTOCOL_TLSv1_1):  # want "defaults to ssl.PROTOCOL_TLSv1_1"
        pass
