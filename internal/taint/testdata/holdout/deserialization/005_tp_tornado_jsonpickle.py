# deserialization (CWE-502) TRUE POSITIVE: jsonpickle.decode restores arbitrary objects from the request body [tornado].
import jsonpickle
import tornado.web


class CartHandler(tornado.web.RequestHandler):
    def put(self):
        body = self.request.body.decode()
        cart = jsonpickle.decode(body)  # want "CWE-502"
        self.write({"items": len(getattr(cart, "items", []))})
