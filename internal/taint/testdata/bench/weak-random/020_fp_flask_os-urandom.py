# weak-random (CWE-330) FALSE-POSITIVE TRAP: os.urandom seeds the CSRF token [flask].
import os
from flask import Flask, session

app = Flask(__name__)

@app.route("/form")
def show_form():
    csrf = os.urandom(16).hex()
    session["csrf"] = csrf
    return {"csrf": csrf}
