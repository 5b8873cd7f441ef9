# xss (CWE-79) FALSE POSITIVE look-alike: a sandboxed Jinja2 environment with autoescape escapes the values it renders [flask].
from flask import Flask, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = SandboxedEnvironment(autoescape=True)
ROW = env.from_string("<tr><td>{{ who }}</td></tr>")


@app.route("/row")
def row():
    return ROW.render(who=request.args.get("who", ""))
