# deserialization (CWE-502) TRUE POSITIVE: a job worker unpickles length-prefixed frames read from a TCP socket [socket].
import pickle
import socket
import struct


def recv_exact(sock: socket.socket, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed")
        buf += chunk
    return buf


def worker(host: str = "0.0.0.0", port: int = 7070) -> None:
    with socket.create_server((host, port)) as srv:
        conn, _ = srv.accept()
        with conn:
            while True:
                (size,) = struct.unpack("!I", recv_exact(conn, 4))
                job = pickle.loads(recv_exact(conn, size))  # want "CWE-502"
                conn.sendall(b"ok\n" if isinstance(job, dict) else b"bad\n")


if __name__ == "__main__":
    worker()
