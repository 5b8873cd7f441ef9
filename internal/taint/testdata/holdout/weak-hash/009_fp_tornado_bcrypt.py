# weak-hash (CWE-328) FALSE-POSITIVE TRAP: the login check uses bcrypt [tornado].
import bcrypt
import tornado.web

STORED = {"ada": b"$2b$12$KIXQJf6Qe7Zb2Z3l1YpO3uU5yD9bq2s0Yk7y0wZ6wqk8V1xX9c2hW"}


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_body_argument("user")
        password = self.get_body_argument("password").encode("utf-8")
        stored = STORED.get(user)
        ok = stored is not None and bcrypt.checkpw(password, stored)
        self.write({"ok": ok})
