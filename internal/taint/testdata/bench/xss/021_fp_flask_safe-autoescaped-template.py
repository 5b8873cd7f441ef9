# xss (CWE-79) FALSE-POSITIVE TRAP: autoescaped template [flask].
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/xss/safe-autoescaped-template", methods=["GET", "POST"])
def handle_xss():
    name = request.args.get("name", "")
    return render_template("hello.html", name=name)
