# weak-random (CWE-330) TRUE POSITIVE: random.randrange produces a one-time login code [flask].
import random
from flask import Flask, request, session

app = Flask(__name__)

@app.route("/otp", methods=["POST"])
def send_otp():
    phone = request.form.get("phone", "")
    otp_code = str(random.randrange(100000, 1000000))  # want "CWE-330"
    session["otp_code"] = otp_code
    return {"sent_to": phone[-4:]}
