# command (CWE-78) TRUE POSITIVE: a hostname read from a TCP client is passed to a shell by a small diagnostics daemon [socket].
import socket
import subprocess

HOST, PORT = "0.0.0.0", 9009


def resolve(name: str) -> bytes:
    try:
        return subprocess.check_output("nslookup " + name, shell=True, timeout=10)  # want "CWE-78"
    except subprocess.SubprocessError:
        return b"lookup failed\n"


def serve() -> None:
    with socket.create_server((HOST, PORT)) as srv:
        while True:
            conn, _ = srv.accept()
            with conn:
                name = conn.recv(256).decode(errors="replace").strip()
                conn.sendall(resolve(name))


if __name__ == "__main__":
    serve()
