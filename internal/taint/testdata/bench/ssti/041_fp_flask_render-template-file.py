# ssti (CWE-1336) FALSE-POSITIVE TRAP: render_template of a fixed file with request data as context [flask].
from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/ssti/render-template")
def profile():
    bio = request.args.get("bio", "")
    return render_template("profile.html", bio=bio)
