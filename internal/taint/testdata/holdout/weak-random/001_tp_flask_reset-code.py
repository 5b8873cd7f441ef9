# weak-random (CWE-330) TRUE POSITIVE: a six-digit password reset code comes from random.randint [flask].
import random
from flask import Flask, request

app = Flask(__name__)
PENDING = {}


def send_mail(to, body):
    pass


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.form["email"]
    code = str(random.randint(100000, 999999))  # want "CWE-330"
    PENDING[email] = code
    send_mail(email, "Your reset code is " + code)
    return {"sent": True}
