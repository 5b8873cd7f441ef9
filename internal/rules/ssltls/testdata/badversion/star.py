from ssl import *

wrap_socket(sock, ssl_version=PROTOCOL_SSLv3)  # want "ssl_version=PROTOCOL_SSLv3: SSL 3.0 is broken"
