# deserialization (CWE-502) TRUE POSITIVE: a session store object unpickles a compressed blob taken from a request header [flask].
import base64
import pickle
import zlib
from flask import Flask, request

app = Flask(__name__)


class SessionStore:
    def decode(self, blob):
        return pickle.loads(zlib.decompress(blob))  # want "CWE-502"

    def from_header(self, header):
        return self.decode(base64.b64decode(header))


store = SessionStore()


@app.route("/whoami")
def whoami():
    state = store.from_header(request.headers.get("X-Session-State", ""))
    return {"user": state.get("user")}
