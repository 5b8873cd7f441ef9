import random
import secrets
import string
import time

from flask import Flask, make_response, session

app = Flask(__name__)
rng = random.Random(time.time())
sysrng = random.SystemRandom()


@app.route("/login")
def login():
    token = "".join(random.choice(string.ascii_letters) for _ in range(32))  # want "is predictable and becomes token"
    resp = make_response("hi")
    resp.set_cookie("sid", str(random.getrandbits(64)))  # want "becomes a cookie value"
    session["nonce"] = random.randint(0, 1 << 30)  # want "becomes the item nonce"
    n = rng.getrandbits(64)  # want "becomes session_id"
    session_id = "%x" % n
    # look-alikes: secure generators, jitter, games, A/B tests, shuffles.
    safe_token = secrets.token_hex(16)
    other = "".join(sysrng.choice(string.digits) for _ in range(6))
    time.sleep(random.uniform(0, 1))
    dice = random.randint(1, 6)
    colour = "blue" if random.random() < 0.5 else "green"
    items = [1, 2, 3]
    random.shuffle(items)
    if 2 + 2 == 5:
        csrf = str(random.random())
    return {"api_key": str(random.randint(0, 10**9)), "dice": dice, "colour": colour, "token": token}  # want "becomes the value of key api_key"


def make_code(n):
    return "".join(random.choices(string.digits, k=n))  # want "through make_code"


def pick(xs):
    return random.choice(xs)


def generate_password():
    return "".join(random.sample(string.ascii_letters, 12))  # want "the result of generate_password"


def invite():
    invite_code = make_code(8)
    winner = pick(["a", "b"])
    return invite_code, winner, safe(), session_id


def safe():
    return random.random()


def make_boundary():
    token = random.randrange(1 << 62)
    boundary = "=" * 15 + str(token) + "=="
    return boundary


def make_token_and_boundary():
    token = random.randrange(1 << 62)  # want "becomes token"
    boundary = "=" * 15 + str(token) + "=="
    return token, boundary
