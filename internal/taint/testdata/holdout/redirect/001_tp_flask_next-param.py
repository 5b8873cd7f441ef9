# redirect (CWE-601) TRUE POSITIVE: the login view redirects to the next parameter unchecked [flask].
from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = "dev"


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST" and request.form.get("password") == "hunter2":
        session["user"] = "admin"
        return redirect(request.args.get("next", "/"))  # want "CWE-601"
    return "<form method='post'><input name='password' type='password'></form>"
