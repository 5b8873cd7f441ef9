# redirect (CWE-601) TRUE POSITIVE: after login the "next" value only has to start with "/", so "//evil.example" still leaves the site [flask].
from flask import Flask, redirect, request, url_for
from flask_login import login_user

from accounts.auth import authenticate

app = Flask(__name__)


@app.post("/login")
def login():
    user = authenticate(request.form["username"], request.form["password"])
    if user is None:
        return redirect(url_for("login_form", error=1))
    login_user(user)
    target = request.args.get("next", "/")
    if not target.startswith("/"):
        target = "/"
    return redirect(target)  # want "CWE-601"
