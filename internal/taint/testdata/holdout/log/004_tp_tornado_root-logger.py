# log (CWE-117) TRUE POSITIVE: a rejected API token from a header is concatenated into a root-logger error message [tornado].
import logging
import tornado.web

VALID = {"k-123", "k-456"}


class ApiHandler(tornado.web.RequestHandler):
    def get(self):
        token = self.request.headers.get("X-Api-Key", "")
        if token not in VALID:
            logging.error("rejected api key: " + token)  # want "CWE-117"
            raise tornado.web.HTTPError(403)
        self.write({"ok": True})
