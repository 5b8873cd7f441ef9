# weak-hash (CWE-328) TRUE POSITIVE: a password hasher object uses SHA-1 for the password a login handler passes in [tornado].
import hashlib
import tornado.web

STORED = {"ada": "5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8"}


class LegacyHasher:
    def digest(self, password):
        return hashlib.sha1(password.encode("utf-8")).hexdigest()  # want "CWE-328"


hasher = LegacyHasher()


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_body_argument("user")
        ok = STORED.get(user) == hasher.digest(self.get_body_argument("password"))
        self.write({"ok": ok})
