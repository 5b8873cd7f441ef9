# redirect (CWE-601) FALSE-POSITIVE TRAP: the destination must equal one of a few known URLs, otherwise home [tornado].
import tornado.web

ALLOWED_RETURN = ("/home", "/account", "https://help.example.com/")


class ContinueHandler(tornado.web.RequestHandler):
    def get(self):
        destination = self.get_argument("continue", "/home")
        if destination not in ALLOWED_RETURN:
            destination = "/home"
        self.redirect(destination)
