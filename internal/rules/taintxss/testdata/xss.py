from flask import Flask, request, make_response, jsonify, render_template
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args["name"]
    if name == "admin":
        return "<h1>Welcome back</h1>"
    make_response("<p>" + name)  # want "request.args flows to flask.make_response: cross-site scripting"
    if len(name) > 10:
        return jsonify(name=name)
    if name.startswith("x"):
        return render_template("hello.html", name=name)
    if name.startswith("y"):
        return "<h1>" + escape(name) + "</h1>"
    return "<h1>Hello " + name + "</h1>"  # want "request.args flows to the view's response"


def not_a_view(name):
    return "<h1>" + name + "</h1>"
