# log (CWE-117) FALSE-POSITIVE TRAP: the user name is stripped of control characters by a helper and the token id is an int before logging [flask].
import logging
import re

from flask import Flask, jsonify, request

app = Flask(__name__)
audit = logging.getLogger("audit")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def clean(value: str) -> str:
    return _CONTROL.sub("?", value)[:64]


@app.post("/api/tokens/revoke")
def revoke():
    user = request.form.get("user", "")
    token_id = request.form.get("token_id", type=int)
    audit.info("token %s revoked by %s", token_id, clean(user))
    return jsonify(revoked=token_id)
