# weak-random (CWE-330) FALSE-POSITIVE TRAP: invite tokens come from secrets.token_urlsafe; random only shuffles a featured-products list [flask].
import random
import secrets

from flask import Flask, jsonify

app = Flask(__name__)
FEATURED = ["desk", "lamp", "chair", "monitor-arm", "shelf"]


@app.post("/invites")
def create_invite():
    token = secrets.token_urlsafe(32)
    return jsonify(invite_url=f"https://app.example.com/join/{token}")


@app.get("/featured")
def featured():
    items = FEATURED[:]
    random.shuffle(items)
    return jsonify(items=items[:3])
