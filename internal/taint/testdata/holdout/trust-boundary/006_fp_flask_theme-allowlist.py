# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: only allow-listed theme names reach the session [flask].
from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = "change-me"
THEMES = ("light", "dark", "solarized")


@app.route("/theme", methods=["POST"])
def set_theme():
    theme = request.form.get("theme", "light")
    if theme not in THEMES:
        return "unknown theme", 400
    session["theme"] = theme
    return redirect("/")
