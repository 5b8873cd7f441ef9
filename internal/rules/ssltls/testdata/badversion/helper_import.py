try:
    import ssl
except ImportError:
    ssl = None


def connect(sock):
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)  # want "ssl.wrap_socket with ssl.PROTOCOL_SSLv3"
