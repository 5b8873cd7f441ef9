# redirect (CWE-601) FALSE POSITIVE look-alike: the request only fills the end of a path of this site [flask].
from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/profile")
def profile():
    return redirect("/users/" + request.args.get("name", "me"))
