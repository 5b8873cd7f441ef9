# log (CWE-117) FALSE POSITIVE look-alike: a compiled pattern replaces every control character before the value is logged [flask].
import logging
import re

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("shop")
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@app.route("/search")
def search():
    term = CONTROL.sub(" ", request.args.get("q", ""))
    log.info("search for %s", term)
    return {"q": term}
