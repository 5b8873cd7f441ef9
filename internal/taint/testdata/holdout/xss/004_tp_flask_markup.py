# xss (CWE-79) TRUE POSITIVE: request text wrapped in Markup bypasses Jinja2 autoescaping [flask].
from flask import Flask, request, render_template
from markupsafe import Markup

app = Flask(__name__)


@app.route("/profile")
def profile():
    bio = request.args.get("bio", "")
    rendered_bio = Markup("<div class='bio'>" + bio + "</div>")  # want "CWE-79"
    return render_template("profile.html", bio=rendered_bio)
