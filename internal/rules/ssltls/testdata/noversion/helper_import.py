from test.support import import_helper

ssl = import_helper.import_module("ssl")


def connect(sock):
    with ssl.wrap_socket(sock, server_side=True, certfile="c") as s:  # want "ssl.wrap_socket with no ssl_version"
        return s
