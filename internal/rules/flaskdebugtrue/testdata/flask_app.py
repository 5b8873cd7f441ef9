import asyncio
import flask
from flask import Flask as F

DEBUG = True

app = flask.Flask(__name__)
app.run(debug=True)  # want "Flask app run with debug=True"
app.run(host="0.0.0.0",
        debug=DEBUG)  # want "Flask app run with debug=True"
app.run(debug=False)
app.run()
app.run(debug=None)

other = F("x")


def main():
    other.run(port=5000, debug=1)  # want "Flask app run with debug=True"


def create_app():
    return F(__name__)


factory_app = create_app()
factory_app.run(debug=True)  # want "in a module that uses Flask"

asyncio.run(main(), debug=True)


class Server:
    def __init__(self):
        self.app = flask.Flask("srv")

    def start(self):
        self.app.run(debug=True)  # want "Flask app run with debug=True"


def serve(application: flask.Flask):
    application.run(debug=True)  # want "Flask app run with debug=True"
