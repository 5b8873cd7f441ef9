# xss (CWE-79) FALSE-POSITIVE TRAP: the value goes to an autoescaped .html Jinja2 template as context [flask].
from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/profile")
def profile():
    bio = request.args.get("bio", "")
    return render_template("profile.html", bio=bio, title="Profile")
