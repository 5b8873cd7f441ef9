# ssti (CWE-1336) FALSE-POSITIVE TRAP: the method called on an instance renders a constant template with the argument as context [flask].
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)


class Mailer:
    def __init__(self):
        self.env = Environment(autoescape=True)

    def body(self, name):
        return self.env.from_string("<p>Dear {{ name }}</p>").render(name=name)


@app.route("/ssti/method-constant")
def mail():
    mailer = Mailer()
    return mailer.body(request.args.get("name", ""))
