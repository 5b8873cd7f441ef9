# weak-random (CWE-330) TRUE POSITIVE: a password-reset token is drawn with random.choices from the Mersenne Twister [flask].
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Flask, jsonify, request

from accounts.models import PasswordReset, User, db

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.post("/password/forgot")
def forgot_password():
    user = User.query.filter_by(email=request.form.get("email", "")).first()
    if user is not None:
        token = "".join(random.choices(ALPHABET, k=32))  # want "CWE-330"
        expires = datetime.now(timezone.utc) + timedelta(hours=1)
        db.session.add(PasswordReset(user_id=user.id, token=token, expires=expires))
        db.session.commit()
    return jsonify(status="If the address exists, a reset link was sent.")
