# code (CWE-95) TRUE POSITIVE: a sort-key expression from the query string is turned into a lambda with eval() [tornado].
import tornado.web

PRODUCTS = [
    {"name": "desk", "price": 180, "stock": 4},
    {"name": "lamp", "price": 35, "stock": 20},
    {"name": "chair", "price": 95, "stock": 0},
]


class ProductsHandler(tornado.web.RequestHandler):
    def get(self):
        key_expr = self.get_query_argument("key", "p['name']")
        key_fn = eval("lambda p: " + key_expr)  # want "CWE-95"
        ordered = sorted(PRODUCTS, key=key_fn)
        self.write({"products": ordered})


app = tornado.web.Application([(r"/products", ProductsHandler)])
