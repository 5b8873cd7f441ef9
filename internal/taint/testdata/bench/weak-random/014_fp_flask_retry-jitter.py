# weak-random (CWE-330) FALSE-POSITIVE TRAP: random.uniform adds jitter to a retry delay [flask].
import random
import time
import requests
from flask import Flask

app = Flask(__name__)

@app.route("/refresh")
def refresh_cache():
    for attempt in range(3):
        delay = 0.5 * (2 ** attempt) + random.uniform(0, 0.1)
        time.sleep(delay)
    resp = requests.get("https://inventory.example.com/api/health", timeout=5)
    return {"status": resp.status_code}
