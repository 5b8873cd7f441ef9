from flask import request, session

ROLES = ("reader", "writer")


def prefs():
    role = request.form["role"]
    session["role"] = role  # want "request.form flows to the session: trust-boundary violation"
    session.update({"role": role})  # want "request.form flows to the session"
    session["role_len"] = len(role)
    if role in ROLES:
        session["role"] = role
