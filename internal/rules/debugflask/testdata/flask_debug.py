import os
import os as o
import flask
from flask import Flask, current_app
from flask import Flask as F

DEBUG = True
OFF = False

app = Flask(__name__)
app.debug = True  # want "app.debug = True turns on Flask debug mode"
app.debug = False
app.debug = DEBUG  # want "app.debug = True"
app.debug = os.environ.get("DEBUG") == "1"  # unknown at analysis time

app.config["DEBUG"] = True  # want "setting \"DEBUG\" in the app's config to True"
app.config["DEBUG"] = DEBUG  # want "\"DEBUG\" in the app's config"
app.config["DEBUG"] = OFF
app.config["TESTING"] = True
app.config["DEBUG"] = 1  # want "\"DEBUG\" in the app's config"
app.config.update(DEBUG=True)  # want "\"DEBUG\" in the app's config"
app.config.update({"DEBUG": True, "SECRET_KEY": os.environ["KEY"]})  # want "\"DEBUG\" in the app's config"
app.config.update(DEBUG=False)
app.config.update(**settings)
app.config.from_mapping(DEBUG=True, TESTING=False)  # want "\"DEBUG\" in the app's config"
app.config.from_mapping({"DEBUG": DEBUG})  # want "\"DEBUG\" in the app's config"
app.config.setdefault("DEBUG", True)  # want "\"DEBUG\" in the app's config"
app.config.from_object("config.Production")
app.config.from_pyfile("settings.cfg")

cfg = app.config
cfg["DEBUG"] = True  # want "\"DEBUG\" in the app's config"

other = F("other")
other.debug = 1  # want "app.debug = True"

qualified = flask.Flask(__name__)
qualified.config["DEBUG"] = "yes"  # want "\"DEBUG\" in the app's config"

os.environ["FLASK_DEBUG"] = "1"  # want "environment variable FLASK_DEBUG=1 turns on Flask debug mode"
o.environ["FLASK_DEBUG"] = "true"  # want "FLASK_DEBUG=true"
os.environ["FLASK_DEBUG"] = "0"
os.environ["FLASK_DEBUG"] = "false"
os.environ["FLASK_DEBUG"] = "No"
os.environ["FLASK_ENV"] = "development"  # want "FLASK_ENV=development"
os.environ["FLASK_ENV"] = "production"
os.environ["OTHER_DEBUG"] = "1"
os.environ.setdefault("FLASK_DEBUG", "1")  # want "FLASK_DEBUG=1"
os.environ.setdefault("FLASK_DEBUG", "0")
os.environ.update(FLASK_DEBUG="on")  # want "FLASK_DEBUG=on"
os.environ.update({"FLASK_DEBUG": "1"})  # want "FLASK_DEBUG=1"
os.putenv("FLASK_DEBUG", "1")  # want "FLASK_DEBUG=1"


def create_app():
    inner = Flask(__name__)
    inner.debug = True  # want "app.debug = True"
    inner.config.update(DEBUG=True)  # want "\"DEBUG\" in the app's config"
    return inner


def configure():
    current_app.config["DEBUG"] = True  # want "\"DEBUG\" in the app's config"


class NotFlask:
    def __init__(self):
        self.debug = True
        self.config = {}
        self.config["DEBUG"] = True


thing = NotFlask()
thing.debug = True
thing.config["DEBUG"] = True
settings = {}
settings["DEBUG"] = True
environ = {}
environ["FLASK_DEBUG"] = "1"

# Switches chosen at run time are deliberate; the main guard is not one.
if os.environ.get("DEV") == "1":
    app.debug = True
while args.debug:
    app.config["DEBUG"] = True
app.debug = True if args.debug else False
if False:
    app.debug = True
if True:
    app.debug = True  # want "app.debug = True"
if __name__ == "__main__":
    app.config["DEBUG"] = True  # want "\"DEBUG\" in the app's config"
    if args.verbose:
        app.debug = True
if "__main__" == __name__:
    os.environ["FLASK_DEBUG"] = "1"  # want "FLASK_DEBUG=1"
