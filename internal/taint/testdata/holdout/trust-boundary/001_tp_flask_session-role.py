# trust-boundary (CWE-501) TRUE POSITIVE: a role field from the sign-up form is stored in the session as trusted state [flask].
from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/signup", methods=["POST"])
def signup():
    role = request.form.get("role", "member")
    session["user"] = "pending"
    session["role"] = role  # want "CWE-501"
    return redirect("/welcome")
