# path (CWE-22) FALSE-POSITIVE TRAP: functools.partial(open) of a constant path; the request value is not used in it [flask].
from functools import partial
from flask import Flask, request

app = Flask(__name__)
open_motd = partial(open, "/etc/motd")


@app.route("/path/partial-constant")
def motd():
    lang = request.args.get("lang", "en")
    with open_motd() as fh:
        return {"lang": lang, "motd": fh.read()}
