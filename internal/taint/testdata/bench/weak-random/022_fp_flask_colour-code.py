# weak-random (CWE-330) FALSE POSITIVE look-alike: a random colour code for a chart protects nothing [flask].
import random

from flask import Flask

app = Flask(__name__)
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"]


@app.route("/chart/colour")
def chart_colour():
    code = random.choice(PALETTE)
    return {"colour": code}
