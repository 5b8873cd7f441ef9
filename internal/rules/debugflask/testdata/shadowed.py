import os


class Flask:
    def __init__(self, name):
        self.debug = False
        self.config = {}


app = Flask(__name__)  # a local class named Flask is not flask.Flask
app.debug = True
app.config["DEBUG"] = True


def f(os):
    os.environ["FLASK_DEBUG"] = "1"  # os is a parameter here
