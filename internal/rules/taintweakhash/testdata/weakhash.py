import hashlib
from hashlib import md5, sha256

from flask import Flask, request

app = Flask(__name__)


def store(pw):
    return hashlib.sha1(pw.encode()).hexdigest()  # want "request.form flows to hashlib.sha1: weak hash of a secret"


@app.route("/register", methods=["POST"])
def register():
    password = request.form["password"]
    hashlib.md5(password.encode()).hexdigest()  # want "request.form flows to hashlib.md5"
    hashlib.new("md5", password.encode())  # want "weak hash of a secret"
    h = hashlib.md5()
    h.update(password.encode())  # want "weak hash of a secret"
    store(password)
    # look-alikes: a strong hash, a non-security MD5, a constant, a
    # cache key made of request data that is no secret.
    sha256(password.encode()).hexdigest()
    hashlib.md5(password.encode(), usedforsecurity=False)
    md5(b"static asset").hexdigest()
    page = request.args.get("page", "")
    md5(page.encode()).hexdigest()
    hashlib.new("sha256", password.encode())
    return "ok"


def hash_password(password, salt):
    return hashlib.md5((salt + password).encode()).hexdigest()  # want "password is hashed with hashlib.md5"


def check(user, given):
    return hashlib.sha1(user.password_hash.encode()).hexdigest() == given  # want "password_hash is hashed"


def etag(body, user):
    hashlib.md5(body).hexdigest()
    hashlib.md5(user.name.encode()).hexdigest()
    hashlib.md5(user.password.encode(), usedforsecurity=False)
    hashlib.sha256(user.password.encode())
