# trust-boundary (CWE-501) FALSE-POSITIVE TRAP: only a value from a fixed set of themes can reach the Flask session [flask].
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
THEMES = {"light", "dark", "high-contrast"}


@app.post("/prefs/theme")
def set_theme():
    theme = request.form.get("theme", "light")
    session["theme"] = theme if theme in THEMES else "light"
    return jsonify(theme=session["theme"])
