# log (CWE-117) TRUE POSITIVE: only "\n" is removed, so a "\r" still forges a line in the log [flask].
import logging
import re

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("shop")


@app.route("/search")
def search():
    term = re.sub(r"\n", "", request.args.get("q", ""))
    log.info("search for %s", term)  # want "CWE-117"
    return {"q": term}
