# ssti (CWE-1336) TRUE POSITIVE: a mailer object compiles a subject template that the view takes from the JSON body [flask].
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)


class Mailer:
    def __init__(self):
        self.env = Environment()

    def render_subject(self, template_text, **ctx):
        return self.env.from_string(template_text).render(**ctx)  # want "CWE-1336"


mailer = Mailer()


@app.route("/notifications/test", methods=["POST"])
def test_notification():
    data = request.get_json()
    subject = mailer.render_subject(data.get("subject", "Hi {{ name }}"), name="tester")
    return {"subject": subject}
