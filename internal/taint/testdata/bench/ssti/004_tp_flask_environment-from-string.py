# ssti (CWE-1336) TRUE POSITIVE: Environment().from_string on a JSON body field [flask].
import jinja2
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssti/from-string", methods=["POST"])
def render_mail():
    body = request.get_json()["body"]
    env = jinja2.Environment(autoescape=True)
    mail = env.from_string(body)  # want "CWE-1336"
    return mail.render(name="customer")
