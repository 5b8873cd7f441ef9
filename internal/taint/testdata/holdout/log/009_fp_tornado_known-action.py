# log (CWE-117) FALSE-POSITIVE TRAP: the logged action must be one of a fixed set of names [tornado].
import logging
import tornado.web

ACTIONS = ("start", "stop", "restart")
log = logging.getLogger("ops")


class ActionHandler(tornado.web.RequestHandler):
    def post(self):
        action = self.get_argument("action")
        if action not in ACTIONS:
            raise tornado.web.HTTPError(400)
        log.info("ops action " + action)
        self.write({"queued": action})
