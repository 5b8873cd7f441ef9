# weak-random (CWE-330) TRUE POSITIVE: a random.Random instance generates the e-mail confirmation token [tornado].
import random
import string

import tornado.web

rng = random.Random()
ALPHABET = string.ascii_lowercase + string.digits


class ConfirmLinkHandler(tornado.web.RequestHandler):
    def post(self):
        token = "".join(rng.choice(ALPHABET) for _ in range(24))  # want "CWE-330"
        self.application.settings.setdefault("tokens", {})[token] = self.get_body_argument("email")
        self.write({"link": "/confirm/" + token})
