# ssti (CWE-1336) TRUE POSITIVE: the Flask application's own jinja_env compiles a cookie [flask].
from flask import Flask, request

app = Flask(__name__)


@app.route("/ssti/jinja-env")
def theme():
    layout = request.cookies.get("layout", "")
    tpl = app.jinja_env.from_string(layout)  # want "CWE-1336"
    return tpl.render()
