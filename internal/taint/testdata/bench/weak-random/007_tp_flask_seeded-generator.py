# weak-random (CWE-330) TRUE POSITIVE: a random.Random instance seeded with the time makes a session id [flask].
import random
import time
from flask import Flask, session

app = Flask(__name__)
rng = random.Random(time.time())

@app.route("/start")
def start_session():
    session_id = "%016x" % rng.getrandbits(64)  # want "CWE-330"
    session["sid"] = session_id
    return "started"
