# ssti (CWE-1336) FALSE-POSITIVE TRAP: user templates rendered in Jinja2's SandboxedEnvironment [flask].
from flask import Flask, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
sandbox = SandboxedEnvironment(autoescape=True)


@app.route("/ssti/sandboxed", methods=["POST"])
def user_template():
    source = request.form.get("template", "")
    return sandbox.from_string(source).render(user="guest")
